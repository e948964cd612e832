import type { SliceMessages } from '../../shared/i18n/i18n';

type Key =
  | 'regionExcluded'
  | 'regionScope'
  | 'playersTitle'
  | 'playersSubtitle'
  | 'playersCountTitle'
  | 'playersCountAxis'
  | 'playersRow'
  | 'modelsTitle'
  | 'modelsAxis'
  | 'modelsOne'
  | 'modelsMany'
  | 'noModel'
  | 'noStrategy'
  | 'forecastLine'
  | 'forecastRow'
  | 'forecastNote'
  | 'countNote'
  | 'restPlayers'
  | 'thinnedPlayers'
  | 'groupLittleDragon'
  | 'groupBat'
  | 'groupInternet'
  | 'groupVertical'
  | 'groupOther'
  | 'colGroup'
  | 'colVendor'
  | 'colModels'
  | 'colCount'
  | 'colNote'
  | 'colSource'
  | 'colSubject'
  | 'colMetric'
  | 'colPeriod'
  | 'colValue'
  | 'colUnit'
  | 'colBound'
  | 'colKind'
  | 'colDerived'
  | 'colCloud'
  | 'colMeasure'
  | 'colReported'
  | 'colRow'
  | 'colBusiness'
  | 'colType'
  | 'colStatement'
  | 'usageTitle'
  | 'usageSubtitle'
  | 'callsTitle'
  | 'callsAxis'
  | 'usersTitle'
  | 'usersAxis'
  | 'mDau'
  | 'dauShort'
  | 'mauShort'
  | 'mMau'
  | 'mCalls'
  | 'mCallsGrowth'
  | 'uUsers'
  | 'uCalls'
  | 'uTimes'
  | 'multipleLabel'
  | 'howDerived'
  | 'multipleStated'
  | 'multipleDerived'
  | 'multipleAgrees'
  | 'multipleDiffers'
  | 'lowerBoundNote'
  | 'thinnedPoints'
  | 'boundExact'
  | 'boundApprox'
  | 'boundRange'
  | 'boundLower'
  | 'boundUpper'
  | 'derivedWord'
  | 'cloudTitle'
  | 'cloudSubtitleNative'
  | 'cloudSubtitleConverted'
  | 'cloudSubtitlePct'
  | 'cloudRevenueTitle'
  | 'cloudPctTitle'
  | 'cloudPctAxis'
  | 'compareUs'
  | 'comparisonTag'
  | 'comparisonNote'
  | 'comparisonFiltered'
  | 'currency'
  | 'rate'
  | 'revenue'
  | 'revenueGuidance'
  | 'guidance'
  | 'measureGrowth'
  | 'measureAiGrowth'
  | 'measureAiShare'
  | 'converted'
  | 'rangeLegend'
  | 'lowerLegend'
  | 'cloudNote'
  | 'thinnedClouds'
  | 'bizTitle'
  | 'bizSubtitle'
  | 'bizIndustry'
  | 'bizSubscription'
  | 'bizToken'
  | 'bizPriceWar'
  | 'bizTipping'
  | 'bizApiUse'
  | 'bizCloudAi'
  | 'bizMaas'
  | 'bizUndisclosed'
  | 'typeClaim'
  | 'typeFigure'
  | 'bizReading'
  | 'bizListTitle'
  | 'bizIndustryHidden';

export const chinaMessages: SliceMessages<Key> = {
  en: {
    regionExcluded:
      'The region filter is set to US. This section is about Chinese vendors, so the region filter excludes all of them and its panels are empty. Choose “All” or “China” to see them.',
    regionScope:
      'This section always shows Chinese vendors (region = China); the vendor filter and, where a panel says so, the time range apply.',
    playersTitle: 'Players: who is in China’s model race',
    playersSubtitle:
      'Chinese companies the article names, by group · count of companies and of their named models · forecast of top-tier survivors, undated (article of 2024)',
    playersCountTitle: 'Count of players against the forecast',
    playersCountAxis: 'Number of companies',
    playersRow: 'Players',
    modelsTitle: 'Models the article names, per company',
    modelsAxis: 'Models named',
    modelsOne: '1 model',
    modelsMany: '{n} models',
    noModel: 'no model named in the article',
    noStrategy: 'no clear model product or strategy',
    forecastLine: 'forecast: {n} survivors',
    forecastRow: 'Forecast: top-tier survivors',
    forecastNote:
      'Forecast ({speaker}): only {n} survive in the top tier of China’s model market — drawn as a line against the {count} players shown.',
    countNote:
      'Players = the Chinese companies in the data under the current filters (one unit each); model counts are the models, products and platforms the article names.',
    restPlayers: 'other players (listed in the table)',
    thinnedPlayers: 'players',
    groupLittleDragon: 'Six little dragons 六小龙',
    groupBat: 'BAT',
    groupInternet: 'Internet platforms',
    groupVertical: 'Vertical models',
    groupOther: 'Other',
    colGroup: 'Group',
    colVendor: 'Company',
    colModels: 'Models',
    colCount: 'Count',
    colNote: 'Note',
    colSource: 'Source',
    colSubject: 'Subject',
    colMetric: 'Measure',
    colPeriod: 'Period',
    colValue: 'Value',
    colUnit: 'Unit',
    colBound: 'Bound',
    colKind: 'Kind',
    colDerived: 'Derived',
    colCloud: 'Cloud',
    colMeasure: 'Measure',
    colReported: 'As reported',
    colRow: 'Who',
    colBusiness: 'Business model',
    colType: 'Evidence',
    colStatement: 'Statement or figure',
    usageTitle: 'Usage: Doubao’s users and ERNIE’s API calls',
    usageSubtitle:
      'Users (Doubao app, Sep 2024) and average daily API calls (ERNIE, Q4 2023 → Q3 2024) · counts, log scale',
    callsTitle: 'Average daily API calls (log)',
    callsAxis: 'Calls per day',
    usersTitle: 'App users (log)',
    usersAxis: 'Users',
    mDau: 'daily active users',
    dauShort: 'DAU',
    mauShort: 'MAU',
    mMau: 'monthly active users',
    mCalls: 'average daily API calls',
    mCallsGrowth: 'growth of daily calls (stated multiple)',
    uUsers: 'users',
    uCalls: 'calls/day',
    uTimes: 'times',
    multipleLabel: 'multiple, later ÷ earlier',
    howDerived: '{a} ÷ {b}',
    multipleStated: 'stated ×{n}',
    multipleDerived: 'computed {n}× (derived)',
    multipleAgrees: 'the computed multiple matches the stated one',
    multipleDiffers: 'the computed multiple differs from the stated one',
    lowerBoundNote: 'Open markers with “≥” are lower bounds (“more than”), not exact figures.',
    thinnedPoints: 'points',
    boundExact: 'exact',
    boundApprox: 'approximate',
    boundRange: 'range',
    boundLower: 'lower bound (more than)',
    boundUpper: 'upper bound (at most)',
    derivedWord: 'derived',
    cloudTitle: 'Cloud revenue: Baidu AI Cloud and Alibaba Cloud',
    cloudSubtitleNative: 'Quarterly revenue, {periods}, in {currency} as reported',
    cloudSubtitleConverted:
      'Quarterly revenue, {periods}, in {currency}, converted at {rate} CNY per USD — your setting, not a figure from the article',
    cloudSubtitlePct: 'growth year on year and AI share in %',
    cloudRevenueTitle: 'Quarterly revenue',
    cloudPctTitle: 'Growth and AI share',
    cloudPctAxis: '%',
    compareUs: 'Compare with US clouds',
    comparisonTag: 'US comparison',
    comparisonNote:
      'US clouds (Google Cloud, Azure) are this panel’s own comparison, asked for with region = US; marked “US comparison”. Azure’s figure is guidance given in its Q3 2024 results, drawn as a range.',
    comparisonFiltered: 'The vendor filter leaves none of the US clouds to compare with.',
    currency: 'Currency',
    rate: 'CNY per USD',
    revenue: 'revenue',
    revenueGuidance: 'revenue guidance',
    guidance: 'guidance',
    measureGrowth: 'growth YoY',
    measureAiGrowth: 'AI-related growth YoY',
    measureAiShare: 'AI share of revenue',
    converted: '{reported} {op} {rate} CNY per USD (your rate)',
    rangeLegend: 'range (guidance)',
    lowerLegend: 'lower bound (“more than”)',
    cloudNote:
      'Alibaba’s “three-digit growth” of AI-related products is drawn as a lower bound of 100 %; Baidu’s AI share “more than 11 %” as a lower bound of 11 %.',
    thinnedClouds: 'clouds',
    bizTitle: 'Commercialisation: how Chinese vendors try to earn',
    bizSubtitle: 'Business models × companies, from the article’s claims and figures · no period (article of 2024)',
    bizIndustry: 'Chinese vendors at large',
    bizSubscription: 'Free daily uses + membership',
    bizToken: 'Per-token API pricing',
    bizPriceWar: 'Price war',
    bizTipping: 'Tipping 打赏',
    bizApiUse: 'API calls as a use case',
    bizCloudAi: 'AI in the cloud business',
    bizMaas: 'MaaS',
    bizUndisclosed: 'Model revenue not disclosed',
    typeClaim: 'claim (circle)',
    typeFigure: 'figure (square)',
    bizReading:
      'Which claim stands for which business model and company is our reading of the article (each mark links to its claim or figure; hover for the sentence). Circles are statements, squares are figures.',
    bizListTitle: 'What the article says',
    bizIndustryHidden: 'Industry-wide statements have no vendor, so the vendor filter hides them.',
  },
  zh: {
    regionExcluded:
      '地区筛选设为“美国”。本部分讲的是中国厂商，地区筛选把它们全部排除，因此各面板为空。选择“全部”或“中国”即可查看。',
    regionScope: '本部分始终显示中国厂商（地区 = 中国）；厂商筛选适用，时间范围按各面板说明适用。',
    playersTitle: '玩家：谁在中国大模型赛道上',
    playersSubtitle:
      '文中点名的中国公司，按分组 · 公司数与所列模型数 · 第一梯队存活家数预测，未注明时间（本文写于 2024 年）',
    playersCountTitle: '玩家数量与预测对比',
    playersCountAxis: '公司数',
    playersRow: '玩家',
    modelsTitle: '文中点名的各公司模型',
    modelsAxis: '模型数',
    modelsOne: '1 个模型',
    modelsMany: '{n} 个模型',
    noModel: '文中未点名模型',
    noStrategy: '尚无明确大模型产品和策略',
    forecastLine: '预测：{n} 家存活',
    forecastRow: '预测：第一梯队存活家数',
    forecastNote: '预测（{speaker}）：国内大模型市场第一梯队或仅有 {n} 家存活——以参考线对照图中 {count} 家玩家。',
    countNote: '玩家 = 当前筛选下数据中的中国公司（每家一格）；模型数为文中点名的模型、产品和平台。',
    restPlayers: '其他玩家（见表格）',
    thinnedPlayers: '公司',
    groupLittleDragon: '六小龙',
    groupBat: 'BAT',
    groupInternet: '互联网平台',
    groupVertical: '垂直模型',
    groupOther: '其他',
    colGroup: '分组',
    colVendor: '公司',
    colModels: '模型',
    colCount: '数量',
    colNote: '备注',
    colSource: '来源',
    colSubject: '对象',
    colMetric: '指标',
    colPeriod: '期间',
    colValue: '数值',
    colUnit: '单位',
    colBound: '边界',
    colKind: '类型',
    colDerived: '推算',
    colCloud: '云业务',
    colMeasure: '指标',
    colReported: '原文数值',
    colRow: '主体',
    colBusiness: '商业模式',
    colType: '依据',
    colStatement: '陈述或数据',
    usageTitle: '使用量：豆包用户与文心 API 调用',
    usageSubtitle: '用户数（豆包 App，2024年9月）与日均 API 调用量（文心，2023年Q4 → 2024年Q3）· 次数/人数，对数坐标',
    callsTitle: '日均 API 调用量（对数）',
    callsAxis: '次/日',
    usersTitle: 'App 用户数（对数）',
    usersAxis: '用户数',
    mDau: '日活跃用户',
    dauShort: '日活',
    mauShort: '月活',
    mMau: '月活跃用户',
    mCalls: '日均 API 调用量',
    mCallsGrowth: '日均调用量增长（原文倍数）',
    uUsers: '人',
    uCalls: '次/日',
    uTimes: '倍',
    multipleLabel: '倍数（后值 ÷ 前值）',
    howDerived: '{a} ÷ {b}',
    multipleStated: '原文 ×{n}',
    multipleDerived: '计算 {n} 倍（推算）',
    multipleAgrees: '计算所得倍数与原文一致',
    multipleDiffers: '计算所得倍数与原文不一致',
    lowerBoundNote: '带“≥”的空心标记为下限（“超过”），不是精确数值。',
    thinnedPoints: '数据点',
    boundExact: '精确',
    boundApprox: '约数',
    boundRange: '区间',
    boundLower: '下限（超过）',
    boundUpper: '上限（至多）',
    derivedWord: '推算',
    cloudTitle: '云业务营收：百度智能云与阿里云',
    cloudSubtitleNative: '季度营收，{periods}，按原文 {currency}',
    cloudSubtitleConverted:
      '季度营收，{periods}，以 {currency} 显示，按 1 美元 = {rate} 元人民币换算——这是你的设置，不是原文数据',
    cloudSubtitlePct: '同比增速与 AI 收入占比，单位 %',
    cloudRevenueTitle: '季度营收',
    cloudPctTitle: '增速与 AI 占比',
    cloudPctAxis: '%',
    compareUs: '与美国云业务对比',
    comparisonTag: '美国对比',
    comparisonNote:
      '美国云业务（谷歌云、Azure）是本面板自带的对比，以地区 = 美国查询，并标为“美国对比”。Azure 的数字是其 2024 年 Q3 财报中的业绩指引，画为区间。',
    comparisonFiltered: '厂商筛选下没有可对比的美国云业务。',
    currency: '币种',
    rate: '元/美元',
    revenue: '营收',
    revenueGuidance: '营收指引',
    guidance: '指引',
    measureGrowth: '同比增速',
    measureAiGrowth: 'AI 相关收入同比增速',
    measureAiShare: 'AI 收入占比',
    converted: '{reported} {op} {rate} 元/美元（你的汇率）',
    rangeLegend: '区间（指引）',
    lowerLegend: '下限（“超过”）',
    cloudNote: '阿里 AI 相关产品的“三位数增长”画为下限 100%；百度 AI 收入占比“超11%”画为下限 11%。',
    thinnedClouds: '云业务',
    bizTitle: '商业化：中国厂商如何变现',
    bizSubtitle: '商业模式 × 公司，依据文中的观点与数据 · 无具体期间（本文写于 2024 年）',
    bizIndustry: '国内厂商整体',
    bizSubscription: '每日免费次数 + 会员订阅',
    bizToken: '按 token 收费的 API',
    bizPriceWar: '价格战',
    bizTipping: '打赏',
    bizApiUse: '以 API 调用为场景',
    bizCloudAi: '云业务中的 AI',
    bizMaas: 'MaaS 模型即服务',
    bizUndisclosed: '未披露大模型收入',
    typeClaim: '观点（圆点）',
    typeFigure: '数据（方块）',
    bizReading:
      '哪条观点对应哪种商业模式、哪家公司，是我们对原文的解读（每个标记都对应一条观点或数据，悬停可见原句）。圆点为陈述，方块为数据。',
    bizListTitle: '原文怎么说',
    bizIndustryHidden: '全行业陈述不属于任何厂商，因此厂商筛选会隐藏它们。',
  },
};
