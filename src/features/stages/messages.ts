import type { SliceMessages } from '../../shared/i18n/i18n';

type Key =
  // parameter scale
  | 'paramsTitle'
  | 'paramsSubtitle'
  | 'paramsWord'
  | 'model'
  | 'vendor'
  | 'released'
  | 'parameters'
  | 'kind'
  | 'source'
  | 'paramsAxis'
  | 'stepNote'
  | 'sizeInName'
  // timeline
  | 'timelineTitle'
  | 'timelineSubtitle'
  | 'release'
  | 'date'
  | 'recordKind'
  | 'noVendor'
  | 'kindModel'
  | 'kindProduct'
  | 'kindChip'
  | 'kindServer'
  | 'kindPlatform'
  | 'kindEvent'
  | 'precise'
  | 'imprecise'
  | 'stageLabel'
  | 'stageNotDated'
  | 'stageUndatedQuote'
  | 'lanesLegend'
  | 'undatedLegend'
  | 'toldIn'
  | 'toldInNone'
  | 'toldInCol'
  | 'stagesNote'
  | 'stagesNoteOngoing'
  | 'stagesNoteUndated'
  | 'unfiledNote'
  | 'sameDay'
  | 'timelineThinnedWhat'
  | 'timelineRowsNote'
  | 'brushLabel'
  | 'brushRange'
  | 'brushHint'
  | 'openEnded'
  // benchmarks
  | 'benchTitle'
  | 'benchSubtitle'
  | 'benchmark'
  | 'score'
  | 'unit'
  | 'derived'
  | 'derivedYes'
  | 'benchAxis'
  | 'benchZero'
  | 'benchDiff'
  | 'benchDiffHow'
  // modalities
  | 'modTitle'
  | 'modSubtitle'
  | 'input'
  | 'output'
  | 'stated'
  | 'modText'
  | 'modImage'
  | 'modAudio'
  | 'modVideo'
  | 'mod3d'
  | 'modNone'
  | 'modNotStated'
  | 'modChipsOut'
  | 'modEmptyCell'
  | 'firstTitle'
  | 'firstCaption'
  | 'firstUndated'
  | 'modFilterNote'
  | 'modThinnedWhat'
  | 'benchThinnedWhat'
  | 'paramsThinnedWhat';

export const stagesMessages: SliceMessages<Key> = {
  en: {
    paramsTitle: 'Parameter scale',
    paramsSubtitle: 'Parameters per model, log scale · count as stated in the article · released {period}',
    paramsWord: 'parameters',
    model: 'Model',
    vendor: 'Vendor',
    released: 'Released',
    parameters: 'Parameters',
    kind: 'Kind',
    source: 'Source',
    paramsAxis: 'Parameters (log)',
    stepNote: 'Step multiples (derived: later count ÷ earlier count)',
    sizeInName: 'Size only in the model’s name, no parameter count stated (not drawn)',
    timelineTitle: 'Release timeline',
    timelineSubtitle:
      'Model and product releases by vendor, {period} · dates as precise as the article gives them · above: the race’s stages as the article tells them (they overlap), ticks: the events each stage’s section tells',
    release: 'Release',
    date: 'Date',
    recordKind: 'Type',
    noVendor: 'No vendor',
    kindModel: 'model',
    kindProduct: 'product',
    kindChip: 'chip',
    kindServer: 'server',
    kindPlatform: 'platform',
    kindEvent: 'release event',
    precise: 'Month or day given',
    imprecise: 'Only year or quarter given (drawn at its start)',
    stageLabel: 'Stage {n}',
    stageNotDated: 'not dated',
    stageUndatedQuote: '“not in three or five years”',
    lanesLegend: 'Stage: the time its section of the article covers; ticks: the events it tells',
    undatedLegend: 'Not dated by the article (drawn after its time)',
    toldIn: 'told in stage {n}',
    toldInNone: 'told outside the stage sections',
    toldInCol: 'Told in',
    stagesNote:
      'How the stages are placed: the article dates no stage, so each runs over what its section tells; the stages overlap',
    stagesNoteOngoing: 'under way at the article’s time',
    stagesNoteUndated: 'not dated',
    unfiledNote: 'Told outside the stage sections, so filed under no stage ({n}): {list}.',
    sameDay: 'Larger dots hold several releases of the same date',
    timelineThinnedWhat: 'releases',
    timelineRowsNote:
      'Rows: the {n} vendors with the most releases in the range. Pick vendors in the filter to see others.',
    brushLabel: 'Shared time range',
    brushRange: 'Shared range',
    brushHint: 'Drag the handles (or focus one and use ← →) to set the time range of every panel',
    openEnded: 'open-ended',
    benchTitle: 'Benchmark scores',
    benchSubtitle: 'Scores in % as stated in the article · models released {period} · axis starts at 0 %',
    benchmark: 'Benchmark',
    score: 'Score',
    unit: 'Unit',
    derived: 'Derived',
    derivedYes: 'derived',
    benchAxis: 'Score (%)',
    benchZero:
      'The axis starts at 0 %, so the bars compare honestly; the gap between them is small and is labelled instead.',
    benchDiff: 'Difference',
    benchDiffHow: 'derived: {to} − {from}',
    modTitle: 'Modalities',
    modSubtitle:
      'What each model or product takes in and puts out, as the article states it · released {period}, undated last',
    input: 'Input',
    output: 'Output',
    stated: 'stated in the article',
    modText: 'text',
    modImage: 'image',
    modAudio: 'audio',
    modVideo: 'video',
    mod3d: '3D',
    modNone: 'none stated',
    modNotStated: 'Modalities not stated (not drawn)',
    modChipsOut: 'Chips and servers are left out.',
    modEmptyCell: 'Filled square: stated in the article; empty: not stated (not necessarily absent)',
    firstTitle: 'When each vendor got there',
    firstCaption: 'First stated release per vendor and output modality (models shown here only)',
    firstUndated: 'date not given',
    modFilterNote: 'The time filter keeps models released in the range; undated models drop out while it is set.',
    modThinnedWhat: 'models',
    benchThinnedWhat: 'scores',
    paramsThinnedWhat: 'models',
  },
  zh: {
    paramsTitle: '参数规模',
    paramsSubtitle: '各模型参数量（对数坐标）· 按原文所述数量 · {period}年发布',
    paramsWord: '参数',
    model: '模型',
    vendor: '厂商',
    released: '发布',
    parameters: '参数量',
    kind: '类型',
    source: '来源',
    paramsAxis: '参数量（对数）',
    stepNote: '逐代倍数（推算：后一代参数量 ÷ 前一代）',
    sizeInName: '规模仅见于模型名称，原文未给出参数量（未绘制）',
    timelineTitle: '发布时间线',
    timelineSubtitle:
      '各厂商的模型与产品发布（{period}年）· 日期精度按原文 · 上方：按原文讲述的竞赛各阶段（彼此重叠），刻度：各阶段章节讲述的事件',
    release: '发布',
    date: '日期',
    recordKind: '种类',
    noVendor: '无厂商',
    kindModel: '模型',
    kindProduct: '产品',
    kindChip: '芯片',
    kindServer: '服务器',
    kindPlatform: '平台',
    kindEvent: '发布事件',
    precise: '给出月份或日期',
    imprecise: '仅给出年份或季度（画在起始处）',
    stageLabel: '第{n}阶段',
    stageNotDated: '未定时间',
    stageUndatedQuote: '“不是三五年的时间可以实现的”',
    lanesLegend: '阶段：原文该章节所讲内容的时间跨度；刻度：该章节讲述的事件',
    undatedLegend: '原文未给出时间（画在文章撰写时之后）',
    toldIn: '见于第{n}阶段',
    toldInNone: '见于各阶段章节之外',
    toldInCol: '所在阶段',
    stagesNote: '阶段如何划定：原文未给出阶段日期，故各阶段的跨度即其章节所讲内容的跨度；各阶段彼此重叠',
    stagesNoteOngoing: '文章撰写时仍在进行',
    stagesNoteUndated: '未定时间',
    unfiledNote: '以下事件见于各阶段章节之外，不归入任何阶段（{n} 项）：{list}。',
    sameDay: '较大的点包含同一日期的多项发布',
    timelineThinnedWhat: '发布记录',
    timelineRowsNote: '行：所选范围内发布最多的 {n} 家厂商。在筛选中选择厂商可查看其他厂商。',
    brushLabel: '共享时间范围',
    brushRange: '共享范围',
    brushHint: '拖动两端手柄（或聚焦后用 ← →）设置所有面板的时间范围',
    openEnded: '无终点',
    benchTitle: '基准测试得分',
    benchSubtitle: '得分（%），按原文 · {period}年发布的模型 · 坐标轴从 0% 开始',
    benchmark: '基准测试',
    score: '得分',
    unit: '单位',
    derived: '推算',
    derivedYes: '推算',
    benchAxis: '得分（%）',
    benchZero: '坐标轴从 0% 开始，柱高可以如实比较；两者差距较小，另以标注说明。',
    benchDiff: '差值',
    benchDiffHow: '推算：{to} − {from}',
    modTitle: '模态',
    modSubtitle: '各模型或产品的输入与输出模态，按原文所述 · {period}年发布，无日期者列后',
    input: '输入',
    output: '输出',
    stated: '原文有述',
    modText: '文本',
    modImage: '图像',
    modAudio: '音频',
    modVideo: '视频',
    mod3d: '3D',
    modNone: '未述及',
    modNotStated: '原文未说明模态（未绘制）',
    modChipsOut: '芯片与服务器不列入。',
    modEmptyCell: '实心方块：原文有述；空白：原文未述及（不一定不具备）',
    firstTitle: '各厂商何时做到',
    firstCaption: '各厂商每种输出模态最早的发布（仅限本图中的模型）',
    firstUndated: '未给出日期',
    modFilterNote: '时间筛选保留在范围内发布的模型；设置时间筛选时，无日期的模型不显示。',
    modThinnedWhat: '模型',
    benchThinnedWhat: '分数',
    paramsThinnedWhat: '模型',
  },
};
