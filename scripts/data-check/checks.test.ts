import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset, rawDataset } from '../../data/index';
import { Dataset } from '../../src/shared/api/contract/dataset';
import { checkIntegrity, checkSchema, checkVerbatim, formatProblem, runChecks } from './checks';

const parse = (raw: unknown) => Dataset.parse(raw);
const ARTICLE = '2019年2月,GPT-2發(fā)布。亞馬遜的投資金額已經(jīng)達到了80億美元。';

function tiny(): Dataset {
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
        start: '2019-02',
        end: '2023-12',
        datesBasis: { en: 'placed', zh: '推定' },
        future: false,
        sourceId: 's-gpt2',
      },
    ],
    claims: [],
  };
}

describe('checkSchema', () => {
  it('accepts a valid dataset', () => {
    expect(checkSchema(tiny(), parse).problems).toEqual([]);
  });

  it('reports a range without high, with file and record id', () => {
    const d = tiny();
    Object.assign(d.metrics[0]!, { bound: 'range', value: null, low: 5, high: null });
    const { dataset, problems } = checkSchema(d, parse);
    expect(dataset).toBeNull();
    expect(problems).toContainEqual({
      file: 'metrics',
      id: 'amazon-investment',
      message: 'a range needs low and high',
    });
  });

  it('reports a bad id and a bad date with the field path', () => {
    const d = tiny();
    Object.assign(d.models[0]!, { released: 'Feb 2019' });
    Object.assign(d.vendors[1]!, { id: 'Amazon Inc' });
    const lines = checkSchema(d, parse).problems.map(formatProblem);
    expect(lines.some((l) => l.startsWith('models.json [gpt-2] released:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('vendors.json [Amazon Inc] id:'))).toBe(true);
  });
});

describe('checkIntegrity', () => {
  it('passes a consistent dataset', () => {
    expect(checkIntegrity(tiny())).toEqual([]);
  });

  it('reports a dangling sourceId', () => {
    const d = tiny();
    d.events[0]!.sourceId = 's-missing';
    expect(checkIntegrity(d)).toContainEqual({
      file: 'events',
      id: 'gpt-2-release',
      message: 'sourceId "s-missing" does not exist in sources.json',
    });
  });

  it('reports dangling vendorId, modelIds, baselineId and vendorIds', () => {
    const d = tiny();
    d.models[0]!.vendorId = 'nobody';
    d.events[0]!.modelIds = ['gpt-9'];
    d.metrics[0]!.baselineId = 'nothing';
    d.claims.push({
      id: 'c',
      topic: 'market',
      vendorIds: ['ghost'],
      speaker: { en: 'a', zh: 'a' },
      date: null,
      statement: { en: 'a', zh: 'a' },
      quantity: null,
      sourceId: 's-gpt2',
    });
    const messages = checkIntegrity(d).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'vendorId "nobody" does not exist in vendors.json',
        'modelIds "gpt-9" does not exist in models.json',
        'baselineId "nothing" does not exist in metrics.json',
        'vendorIds "ghost" does not exist in vendors.json',
      ]),
    );
  });

  it('reports a duplicate quote and a duplicate id', () => {
    const d = tiny();
    d.sources.push({ ...d.sources[0]!, id: 's-gpt2-again' });
    d.vendors.push({ ...d.vendors[0]! });
    d.models[0]!.sourceId = 's-gpt2-again';
    const problems = checkIntegrity(d);
    expect(problems).toContainEqual({
      file: 'sources',
      id: 's-gpt2-again',
      message: 'duplicate quote (same as source "s-gpt2")',
    });
    expect(problems).toContainEqual({ file: 'vendors', id: 'openai', message: 'duplicate id "openai"' });
  });

  it('reports a source no record uses', () => {
    const d = tiny();
    d.sources.push({ id: 's-unused', quote: 'x', en: 'x', kind: 'claim', section: 'x' });
    expect(checkIntegrity(d)).toContainEqual({
      file: 'sources',
      id: 's-unused',
      message: 'source is not referenced by any record',
    });
  });
});

describe('checkVerbatim', () => {
  it('accepts quotes that occur byte for byte', () => {
    expect(checkVerbatim(tiny().sources, [ARTICLE])).toEqual([]);
  });

  it('reports a quote that was "corrected" (simplified characters instead of the artefacts)', () => {
    const d = tiny();
    d.sources[0]!.quote = '2019年2月,GPT-2发布。';
    expect(checkVerbatim(d.sources, [ARTICLE])).toEqual([
      { file: 'sources', id: 's-gpt2', message: 'quote does not occur verbatim in the seed article' },
    ]);
  });

  it('runChecks skips the verbatim check when no article is given', () => {
    const d = tiny();
    d.sources[0]!.quote = 'not in any article';
    expect(runChecks(d, parse, null).problems).toEqual([]);
    expect(runChecks(d, parse, [ARTICLE]).problems).toHaveLength(1);
  });
});

describe('the committed dataset', () => {
  const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seed');
  const articles = existsSync(seedDir) ? readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')) : null;

  it('passes every check', () => {
    const { dataset, problems } = runChecks(rawDataset, parseDataset, articles);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset?.sources.length).toBeGreaterThan(0);
  });
});
