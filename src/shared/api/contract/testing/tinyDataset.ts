// A tiny dataset that passes every check (schema, integrity and, against TINY_ARTICLE, the verbatim quotes), for
// tests to break one thing at a time. The quotes keep the article's encoding artefacts on purpose.
import type { Dataset } from '../dataset';

export const TINY_ARTICLE = '2019年2月,GPT-2發(fā)布。亞馬遜的投資金額已經(jīng)達到了80億美元。';

export function tinyDataset(): Dataset {
  return {
    sources: [
      {
        id: 's-gpt2',
        quote: '2019年2月,GPT-2發(fā)布。',
        en: 'In February 2019 GPT-2 was released.',
        kind: 'reported',
        section: 'x',
      },
      {
        id: 's-amazon',
        quote: '亞馬遜的投資金額已經(jīng)達到了80億美元。',
        en: 'Amazon invested 8 bn USD.',
        kind: 'reported',
        section: 'x',
      },
    ],
    vendors: [
      {
        id: 'openai',
        name: { en: 'OpenAI', zh: 'OpenAI' },
        aliases: [],
        region: 'us',
        group: 'ai-lab',
        sourceId: 's-gpt2',
      },
      {
        id: 'amazon',
        name: { en: 'Amazon', zh: '亚马逊' },
        aliases: [],
        region: 'us',
        group: 'big-tech',
        sourceId: 's-amazon',
      },
    ],
    models: [
      {
        id: 'gpt-2',
        vendorId: 'openai',
        name: 'GPT-2',
        kind: 'model',
        released: '2019-02',
        parameters: 1.5e9,
        modalities: null,
        contextTokens: null,
        openSource: null,
        benchmarks: [],
        apiPrice: null,
        sourceId: 's-gpt2',
      },
    ],
    metrics: [
      {
        id: 'amazon-investment',
        vendorId: 'amazon',
        subject: { en: 'Amazon → Anthropic', zh: '亚马逊 → Anthropic' },
        metric: 'investment',
        period: '2024',
        value: 8e9,
        low: null,
        high: null,
        bound: 'exact',
        unit: 'currency',
        currency: 'USD',
        baselineId: null,
        sourceId: 's-amazon',
      },
    ],
    events: [
      {
        id: 'gpt-2-release',
        date: '2019-02',
        stageId: 'parameters',
        kind: 'reported',
        vendorId: 'openai',
        category: 'release',
        title: { en: 'GPT-2', zh: 'GPT-2' },
        description: { en: 'GPT-2', zh: 'GPT-2' },
        modelIds: ['gpt-2'],
        sourceId: 's-gpt2',
      },
    ],
    stages: [
      {
        id: 'parameters',
        order: 1,
        name: { en: 'Parameters', zh: '参数比拼' },
        dated: true,
        start: '2019-02',
        end: '2024-12',
        section: 'x',
        datesBasis: { en: 'placed', zh: '推定' },
        future: false,
        sourceId: 's-gpt2',
      },
    ],
    claims: [],
  };
}
