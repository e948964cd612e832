// A small synthetic dataset for server tests: edge cases of every filter
// (null and unknown vendors, a vendor with no region, undated records, quarters,
// halves, an unnamed quarter, open-ended and undated stages, multi-vendor
// claims). Not a copy of data/: invented values only.
import { Dataset } from '../../src/shared/api/contract';

const t = (s: string) => ({ en: s, zh: s });

export function sampleDataset(): Dataset {
  return Dataset.parse({
    sources: [
      { id: 's-1', quote: 'q1', en: 'e1', kind: 'reported', section: 'a' },
      { id: 's-2', quote: 'q2', en: 'e2', kind: 'forecast', section: 'a' },
      { id: 's-3', quote: 'q3', en: 'e3', kind: 'claim', section: 'b' },
    ],
    vendors: [
      { id: 'us-lab', name: t('US Lab'), aliases: [], region: 'us', group: 'ai-lab', sourceId: 's-1' },
      { id: 'cn-lab', name: t('CN Lab'), aliases: ['CL'], region: 'cn', group: 'little-dragon', sourceId: 's-1' },
      { id: 'cn-big', name: t('CN Big'), aliases: [], region: 'cn', group: 'bat', sourceId: 's-2' },
      { id: 'nowhere', name: t('Nowhere'), aliases: [], region: null, group: 'application', sourceId: 's-3' },
    ],
    models: [
      model('m-a', 'us-lab', '2023-03'),
      model('m-b', 'cn-lab', '2024-Q3'),
      model('m-c', 'cn-big', null),
      model('m-d', 'ghost', '2024-05-13'),
      model('m-e', 'cn-big', '2025-H1'),
    ],
    metrics: [
      metric('x-1', 'us-lab', 'revenue', '2024'),
      metric('x-2', null, 'revenue', '2024-Q4'),
      metric('x-3', 'cn-lab', 'monthly-active-users', '2024-09'),
      metric('x-4', 'cn-big', 'loss', '2023-H2'),
      metric('x-5', 'nowhere', 'investment', '2024-QX'),
    ],
    events: [
      event('ev-1', '2022-11-30', 'us-lab'),
      event('ev-2', '2024-Q1', null),
      event('ev-3', '2024-12', 'cn-lab'),
      event('ev-4', '2025', 'cn-big'),
    ],
    stages: [
      stage('parameters', 1, '2022-11', '2023-12'),
      stage('multimodal-monetization', 2, '2024', '2024-H2'),
      stage('application', 3, '2025-Q1', null),
      stage('device', 4, null, null),
    ],
    claims: [
      claim('c-1', ['us-lab', 'cn-lab'], '2024-06'),
      claim('c-2', [], '2024'),
      claim('c-3', ['cn-big'], null),
      claim('c-4', ['ghost', 'us-lab'], '2025-Q2'),
    ],
  });
}

function model(id: string, vendorId: string, released: string | null) {
  return {
    id,
    vendorId,
    name: id,
    kind: 'model',
    released,
    parameters: null,
    modalities: null,
    contextTokens: null,
    openSource: null,
    benchmarks: [],
    apiPrice: null,
    sourceId: 's-1',
  };
}

function metric(id: string, vendorId: string | null, key: string, period: string) {
  return {
    id,
    vendorId,
    subject: t(id),
    metric: key,
    period,
    value: 1,
    low: null,
    high: null,
    bound: 'exact',
    unit: 'count',
    currency: null,
    baselineId: null,
    sourceId: 's-1',
  };
}

function event(id: string, date: string, vendorId: string | null) {
  return {
    id,
    date,
    stageId: 'application',
    kind: 'reported',
    vendorId,
    category: 'release',
    title: t(id),
    description: t(id),
    modelIds: [],
    sourceId: 's-2',
  };
}

function stage(id: string, order: number, start: string | null, end: string | null) {
  return {
    id,
    order,
    name: t(id),
    dated: start !== null,
    start,
    end,
    section: start === null ? null : `section ${order}`,
    datesBasis: t('placed'),
    future: end === null,
    sourceId: 's-1',
  };
}

function claim(id: string, vendorIds: string[], date: string | null) {
  return {
    id,
    topic: 'outlook',
    vendorIds,
    speaker: t('someone'),
    date,
    statement: t(id),
    quantity: null,
    sourceId: 's-3',
  };
}
