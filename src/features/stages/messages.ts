import type { SliceMessages } from '../../shared/i18n/i18n';

export const stagesMessages: SliceMessages<
  'paramsTitle' | 'paramsSubtitle' | 'paramsWord' | 'model' | 'vendor' | 'released' | 'parameters' | 'kind' | 'source' | 'paramsAxis' | 'stepNote'
> = {
  en: {
    paramsTitle: 'Parameter scale',
    paramsSubtitle: 'Parameters per model, log scale · as stated in the article, 2019–2023',
    paramsWord: 'parameters',
    model: 'Model',
    vendor: 'Vendor',
    released: 'Released',
    parameters: 'Parameters',
    kind: 'Kind',
    source: 'Source',
    paramsAxis: 'Parameters (log)',
    stepNote: 'Step multiples (derived: later count ÷ earlier count)',
  },
  zh: {
    paramsTitle: '参数规模',
    paramsSubtitle: '各模型参数量（对数坐标）· 按原文，2019–2023年',
    paramsWord: '参数',
    model: '模型',
    vendor: '厂商',
    released: '发布',
    parameters: '参数量',
    kind: '类型',
    source: '来源',
    paramsAxis: '参数量（对数）',
    stepNote: '逐代倍数（推算：后一代参数量 ÷ 前一代）',
  },
};
