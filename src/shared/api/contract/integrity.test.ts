import { describe, expect, it } from 'vitest';
import { DatasetError, describeProblems, formatProblem, inDataDir, inDatasetFile } from './datasetProblems';
import { checkIntegrity, DATASET_COLLECTIONS, validateDataset } from './integrity';
import { tinyDataset } from './testing/tinyDataset';

const lines = (raw: unknown) => validateDataset(raw).problems.map((p) => formatProblem(p));

describe('validateDataset: schema', () => {
  it('accepts a valid dataset and returns it parsed', () => {
    expect(validateDataset(tinyDataset())).toEqual({ dataset: tinyDataset(), problems: [] });
  });

  it('names file, record id and field of a schema problem', () => {
    const d = tinyDataset();
    Object.assign(d.metrics[0]!, { bound: 'range', value: null, low: 5, high: null });
    Object.assign(d.models[0]!, { released: 'Feb 2019' });
    const result = validateDataset(d);
    expect(result.dataset).toBeNull();
    expect(result.problems).toContainEqual({
      collection: 'metrics',
      id: 'amazon-investment',
      field: null,
      message: 'a range needs low and high',
    });
    expect(lines(d).some((l) => l.startsWith('models.json: model "gpt-2" field released: expected YYYY'))).toBe(true);
  });

  it('names a record without an id by its position, and a nested field by its path', () => {
    const d = tinyDataset() as unknown as { vendors: unknown[]; models: { benchmarks: unknown[] }[] };
    d.vendors.push({ name: 'no id' });
    d.models[0]!.benchmarks.push({ name: 'MMLU', value: 'high', unit: '%', sourceId: 's-gpt2' });
    const out = lines(d);
    expect(out.some((l) => l.startsWith('vendors.json: vendor #3 field id:'))).toBe(true);
    expect(out.some((l) => l.startsWith('models.json: model "gpt-2" field benchmarks[0].value:'))).toBe(true);
  });

  it('refuses what is not an object of arrays, naming the missing collection', () => {
    expect(lines([1, 2])).toEqual([`data/: expected a JSON object with the arrays ${DATASET_COLLECTIONS.join(', ')}`]);
    const { claims: _claims, ...noClaims } = tinyDataset();
    expect(lines(noClaims)).toEqual([expect.stringMatching(/^claims\.json: .*expected array/)]);
  });

  it('with releaseRaw drops each raw array once parsed', () => {
    const raw: Record<string, unknown> = { ...tinyDataset() };
    expect(validateDataset(raw, { releaseRaw: true }).problems).toEqual([]);
    expect(Object.keys(raw)).toEqual([]);
  });
});

describe('validateDataset: integrity', () => {
  it('passes a consistent dataset', () => {
    expect(checkIntegrity(tinyDataset())).toEqual([]);
  });

  it('names file, record, field and the unknown id of every dangling reference', () => {
    const d = tinyDataset();
    d.models[0]!.vendorId = 'openai2';
    d.models[0]!.apiPrice = { input: 1, output: 2, currency: 'USD', sourceId: 's-price' };
    d.events[0]!.modelIds = ['gpt-2', 'gpt-9'];
    d.events[0]!.sourceId = 's-missing';
    d.events[0]!.stageId = 'device';
    d.metrics[0]!.baselineId = 'nothing';
    d.metrics[0]!.vendorId = 'ghost';
    d.vendors[0]!.sourceId = 's-gone';
    d.claims.push({
      id: 'c',
      topic: 'market',
      vendorIds: ['amazon', 'ghost'],
      speaker: { en: 'a', zh: 'a' },
      date: null,
      statement: { en: 'a', zh: 'a' },
      quantity: null,
      sourceId: 's-gpt2',
    });
    expect(lines(d)).toEqual(
      expect.arrayContaining([
        'models.json: model "gpt-2" field vendorId: unknown vendor "openai2"',
        'models.json: model "gpt-2" field apiPrice.sourceId: unknown source "s-price"',
        'events.json: event "gpt-2-release" field modelIds[1]: unknown model "gpt-9"',
        'events.json: event "gpt-2-release" field sourceId: unknown source "s-missing"',
        'events.json: event "gpt-2-release" field stageId: unknown stage "device"',
        'metrics.json: metric "amazon-investment" field baselineId: unknown metric "nothing"',
        'metrics.json: metric "amazon-investment" field vendorId: unknown vendor "ghost"',
        'vendors.json: vendor "openai" field sourceId: unknown source "s-gone"',
        'claims.json: claim "c" field vendorIds[1]: unknown vendor "ghost"',
      ]),
    );
    expect(lines(d)).toHaveLength(9);
    // The schema passed: the parsed data is there for data:check's quote check, but it has problems.
    expect(validateDataset(d).dataset).not.toBeNull();
  });

  it('reports a metric that is its own baseline', () => {
    const d = tinyDataset();
    d.metrics[0]!.baselineId = 'amazon-investment';
    expect(lines(d)).toEqual([
      'metrics.json: metric "amazon-investment" field baselineId: points at the metric itself',
    ]);
  });

  it('reports duplicate ids in every collection', () => {
    const d = tinyDataset();
    d.vendors.push({ ...d.vendors[0]! });
    d.models.push({ ...d.models[0]! });
    expect(lines(d)).toEqual([
      'vendors.json: vendor "openai" field id: duplicate id (an earlier vendor has it)',
      'models.json: model "gpt-2" field id: duplicate id (an earlier model has it)',
    ]);
  });

  it('leaves the editorial rules (one quote per source, every source used) to data:check', () => {
    const d = tinyDataset();
    d.sources.push(
      { ...d.sources[0]!, id: 's-same-quote' },
      { id: 's-unused', quote: 'x', en: 'x', kind: 'claim', section: 'x' },
    );
    expect(lines(d)).toEqual([]);
  });

  it('clips a huge unknown id so that a message stays short', () => {
    const d = tinyDataset();
    d.models[0]!.vendorId = 'x'.repeat(100_000);
    const [line] = lines(d);
    expect(line!.length).toBeLessThan(200);
    expect(line).toMatch(/unknown vendor "x+…"$/);
  });
});

describe('describing problems', () => {
  const problem = { collection: 'models' as const, id: 'gpt-4o', field: 'vendorId', message: 'unknown vendor "x"' };

  it('names the dataset file and the collection for a single-file dataset', () => {
    expect(formatProblem(problem, inDatasetFile('big.json'))).toBe(
      'big.json (models): model "gpt-4o" field vendorId: unknown vendor "x"',
    );
    expect(formatProblem({ ...problem, collection: null, id: null, field: null, message: 'bad' }, inDataDir)).toBe(
      'data/: bad',
    );
  });

  it('lists at most `limit` problems and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...problem, id: `m-${i}` }));
    const text = describeProblems('Could not load DATASET_FILE x.json', many, inDatasetFile('x.json'), 20);
    expect(text.split('\n')).toHaveLength(22);
    expect(text).toMatch(/^Could not load DATASET_FILE x\.json: 25 problems:\n {2}- x\.json \(models\): model "m-0"/);
    expect(text.endsWith('  … and 5 more')).toBe(true);
  });

  it('DatasetError carries the problems and the description', () => {
    const error = new DatasetError('Could not load the dataset in data/', [problem], inDataDir);
    expect(error.name).toBe('DatasetError');
    expect(error.problems).toEqual([problem]);
    expect(error.message).toBe(
      'Could not load the dataset in data/: 1 problem:\n  - models.json: model "gpt-4o" field vendorId: unknown vendor "x"',
    );
  });
});
