import type { SliceMessages } from '../../shared/i18n/i18n';

type Key =
  | 'doublingTitle'
  | 'doublingSubtitle'
  | 'baseYear'
  | 'every'
  | 'everyAtLeast'
  | 'formula'
  | 'at'
  | 'indexAxis'
  | 'spanNote'
  | 'lowerCurveNote'
  | 'industryNote'
  | 'doublingThinnedWhat'
  | 'baseLine'
  | 'hClaim'
  | 'hDate'
  | 'hIndex'
  | 'hDoubling'
  | 'hDerived'
  | 'kind'
  | 'source'
  | 'vendor'
  | 'costTitle'
  | 'costThinnedWhat'
  | 'costSubtitle'
  | 'costSubtitleCny'
  | 'costAxis'
  | 'hSubject'
  | 'hPeriod'
  | 'hAmount'
  | 'hBound'
  | 'hCurrency'
  | 'boundExact'
  | 'boundApprox'
  | 'boundRange'
  | 'boundLower'
  | 'boundUpper'
  | 'lowerNote'
  | 'upperNote'
  | 'converted'
  | 'legendStated'
  | 'legendLower'
  | 'priceTitle'
  | 'priceSubtitle'
  | 'priceSubtitleCny'
  | 'priceAxis'
  | 'sideInput'
  | 'sideOutput'
  | 'perMillion'
  | 'ratioTitle'
  | 'ratioHow'
  | 'ratioNote'
  | 'priceThinnedWhat'
  | 'hModel'
  | 'hSide'
  | 'hPrice'
  | 'chipsTitle'
  | 'chipsThinnedWhat'
  | 'chipsSubtitle'
  | 'laneEvent'
  | 'laneClaim'
  | 'typeUndated'
  | 'onTimeline'
  | 'undatedHeading'
  | 'undatedThinned'
  | 'doublingPointer'
  | 'hN'
  | 'hType'
  | 'hItem'
  | 'legendEvent'
  | 'legendClaim'
  | 'sourceLabel';

export const computeMessages: SliceMessages<Key> = {
  en: {
    doublingTitle: 'Doubling curves',
    doublingSubtitle: 'Index (1 = 1 Jan {base}), log scale · claimed doubling periods, {from}–{to}, monthly',
    baseYear: 'Base year',
    every: '2× every {n} months',
    everyAtLeast: '≥2× every {n} months',
    formula: '2^(months / doubling months) = 2^({m} / {d})',
    at: '{date}; index 1 = 1 Jan {base}',
    indexAxis: 'Index (log)',
    spanNote:
      'Implied multiple from 1 Jan {base} to the end of {to} ({years} years) — derived: 2^(months / doubling months):',
    lowerCurveNote:
      'Dashed line = lower bound: the claim says “more than doubles”, so the curve it implies lies on or above the line.',
    industryNote: 'Industry-wide claims: the vendor and region filters do not apply; the time range sets the axis.',
    doublingThinnedWhat: 'curves',
    baseLine: 'index 1',
    hClaim: 'Claim',
    hDate: 'Date',
    hIndex: 'Index (derived)',
    hDoubling: 'Doubling period (months)',
    hDerived: 'How derived',
    kind: 'Kind',
    source: 'Source',
    vendor: 'Vendor',
    costTitle: 'Training cost',
    costThinnedWhat: 'figures (the costliest)',
    costSubtitle: 'Reported training cost, USD, log scale · period as reported ({periods})',
    costSubtitleCny:
      'Reported training cost, CNY at {rate} CNY per USD (reader’s rate), log scale · period as reported ({periods})',
    costAxis: 'Cost (log)',
    hSubject: 'What',
    hPeriod: 'Period',
    hAmount: 'Amount',
    hBound: 'Bound',
    hCurrency: 'Currency',
    boundExact: 'as stated',
    boundApprox: 'approximate',
    boundRange: 'range',
    boundLower: 'lower bound (“more than”)',
    boundUpper: 'upper bound (“at most”)',
    lowerNote:
      'Lower bound: the article says “more than”; the open circle and its arrow mark the minimum, not the value.',
    upperNote: 'Upper bound: the article says “at most”.',
    converted: 'Converted from {from} at {rate} {to} per {from} (the reader’s rate, not the article’s).',
    legendStated: 'Stated figure',
    legendLower: 'Lower bound (≥, open circle, arrow)',
    priceTitle: 'Token price',
    priceSubtitle: 'API price per 1M tokens, USD, log scale · as stated in the article, models released {periods}',
    priceSubtitleCny:
      'API price per 1M tokens, CNY at {rate} CNY per USD (reader’s rate), log scale · models released {periods}',
    priceAxis: 'Price per 1M tokens (log)',
    sideInput: 'Input',
    sideOutput: 'Output',
    perMillion: 'per 1M tokens',
    ratioTitle: '{high} vs {low}, {side}',
    ratioHow: '{a} ÷ {b}',
    ratioNote: 'Price ratios (derived: dearer price ÷ cheaper price):',
    priceThinnedWhat: 'models',
    hModel: 'Model',
    hSide: 'Tokens',
    hPrice: 'Price per 1M tokens',
    chipsTitle: 'Chips and infrastructure',
    chipsThinnedWhat: 'dated items',
    chipsSubtitle:
      'Chip and server events and dated compute claims, by date (day, month or year as reported) · {from}–{to}',
    laneEvent: 'Chips & servers',
    laneClaim: 'Claims',
    typeUndated: 'Undated claim',
    onTimeline: 'On the timeline',
    undatedHeading: 'Claims the article does not date (the time range does not apply to them)',
    undatedThinned: 'The list shows {shown} of {total} undated claims; the table lists all.',
    doublingPointer: 'Doubling-period claims are drawn as curves in “Doubling curves”.',
    hN: '#',
    hType: 'Type',
    hItem: 'Item',
    legendEvent: 'Chip / server event',
    legendClaim: 'Dated claim',
    sourceLabel: 'Source',
  },
  zh: {
    doublingTitle: '翻倍曲线',
    doublingSubtitle: '指数（{base}年1月1日 = 1），对数坐标 · 所称翻倍周期，{from}–{to}年，按月',
    baseYear: '基准年',
    every: '每{n}个月翻一番',
    everyAtLeast: '每{n}个月至少翻一番（≥2×）',
    formula: '2^(月数 / 翻倍月数) = 2^({m} / {d})',
    at: '{date}；{base}年1月1日 = 1',
    indexAxis: '指数（对数）',
    spanNote: '自{base}年1月1日至{to}年底（{years}年）隐含倍数——推算：2^(月数 / 翻倍月数)：',
    lowerCurveNote: '虚线 = 下限：原话是“增加一倍以上”，其隐含曲线不低于该线。',
    industryNote: '行业整体的说法：厂商和地区筛选不适用；时间范围决定横轴。',
    doublingThinnedWhat: '曲线',
    baseLine: '指数 1',
    hClaim: '说法',
    hDate: '日期',
    hIndex: '指数（推算）',
    hDoubling: '翻倍周期（月）',
    hDerived: '推算方式',
    kind: '类型',
    source: '来源',
    vendor: '厂商',
    costTitle: '训练成本',
    costThinnedWhat: '训练成本数字（取费用最高者）',
    costSubtitle: '报道的训练成本，美元，对数坐标 · 期间按报道（{periods}）',
    costSubtitleCny: '报道的训练成本，人民币（按读者汇率 1 美元 = {rate} 元换算），对数坐标 · 期间按报道（{periods}）',
    costAxis: '成本（对数）',
    hSubject: '对象',
    hPeriod: '期间',
    hAmount: '金额',
    hBound: '界限',
    hCurrency: '币种',
    boundExact: '按原文',
    boundApprox: '约数',
    boundRange: '区间',
    boundLower: '下限（“超过”）',
    boundUpper: '上限（“至多”）',
    lowerNote: '下限：原文为“超过”；空心圆和箭头表示最低值，而非确切数值。',
    upperNote: '上限：原文为“至多”。',
    converted: '由{from}换算，1 {from} = {rate} {to}（读者设定的汇率，非原文数据）。',
    legendStated: '原文数值',
    legendLower: '下限（≥，空心圆、箭头）',
    priceTitle: 'Token 价格',
    priceSubtitle: '每百万 tokens 的 API 价格，美元，对数坐标 · 按原文，模型发布于{periods}年',
    priceSubtitleCny:
      '每百万 tokens 的 API 价格，人民币（按读者汇率 1 美元 = {rate} 元换算），对数坐标 · 模型发布于{periods}年',
    priceAxis: '每百万 tokens 价格（对数）',
    sideInput: '输入',
    sideOutput: '输出',
    perMillion: '每百万 tokens',
    ratioTitle: '{high} 对比 {low}（{side}）',
    ratioHow: '{a} ÷ {b}',
    ratioNote: '价格倍数（推算：较贵价格 ÷ 较便宜价格）：',
    priceThinnedWhat: '模型',
    hModel: '模型',
    hSide: 'Token 类型',
    hPrice: '每百万 tokens 价格',
    chipsTitle: '芯片与基础设施',
    chipsThinnedWhat: '有日期的条目',
    chipsSubtitle: '芯片与服务器事件及有日期的算力观点，按日期（按原文精确到日、月或年）· {from}–{to}年',
    laneEvent: '芯片与服务器',
    laneClaim: '观点',
    typeUndated: '未注明日期的观点',
    onTimeline: '时间轴上',
    undatedHeading: '原文未注明日期的观点（时间范围对其不适用）',
    undatedThinned: '列表显示 {total} 条未注明日期观点中的 {shown} 条；表格列出全部。',
    doublingPointer: '关于翻倍周期的说法以曲线形式画在“翻倍曲线”中。',
    hN: '#',
    hType: '类型',
    hItem: '内容',
    legendEvent: '芯片 / 服务器事件',
    legendClaim: '有日期的观点',
    sourceLabel: '来源',
  },
};
