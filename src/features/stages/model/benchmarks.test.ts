import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import {
  BENCHMARK_BAR_CAP,
  benchmarkBars,
  benchmarkDiffs,
  benchmarkTable,
  formatPp,
  shownBenchmarkBars,
} from './benchmarks';
import { model, vendors } from './fixtures.test-util';

const V = vendors(['openai', 'OpenAI', 'OpenAI']);
const kindOf = () => 'reported' as const;
const models = [
  model({
    id: 'gpt-4o',
    vendorId: 'openai',
    name: 'GPT-4o',
    released: '2024-05',
    benchmarks: [{ name: 'MMLU', value: 88.7, unit: '%', sourceId: 's-4o-mmlu' }],
  }),
  model({
    id: 'gpt-4',
    vendorId: 'openai',
    name: 'GPT-4',
    released: '2023-03',
    benchmarks: [{ name: 'MMLU', value: 86.5, unit: '%', sourceId: 's-4o-mmlu' }],
  }),
  model({ id: 'gpt-3', vendorId: 'openai', name: 'GPT-3', released: '2020-06' }),
];

describe('benchmarkBars', () => {
  it('takes every stated score, in release order', () => {
    const bars = benchmarkBars(models, V, 'en', kindOf);
    expect(bars.map((b) => [b.label, b.value])).toEqual([
      ['GPT-4', 86.5],
      ['GPT-4o', 88.7],
    ]);
    expect(bars[0]!.tip).toEqual({
      title: 'GPT-4 · Mar 2023',
      value: 'MMLU: 86.5%',
      kind: 'reported',
      sourceId: 's-4o-mmlu',
    });
  });
  it('names a model by its Chinese name in the Chinese view', () => {
    const hunyuan = model({
      id: 'hunyuan',
      vendorId: 'openai',
      name: 'Hunyuan',
      nameZh: '混元',
      benchmarks: [{ name: 'MMLU', value: 80, unit: '%', sourceId: 's-h' }],
    });
    const [b] = benchmarkBars([hunyuan], V, 'zh', kindOf);
    expect([b!.model, b!.label, b!.tip.title]).toEqual(['混元', '混元', '混元']);
  });
  it('names the benchmark in the label when there are several', () => {
    const more = [
      ...models,
      model({
        id: 'x',
        vendorId: 'openai',
        name: 'X',
        benchmarks: [{ name: 'GSM8K', value: 90, unit: '%', sourceId: 's-x' }],
      }),
    ];
    expect(benchmarkBars(more, V, 'en', kindOf).map((b) => b.label)).toEqual([
      'X · GSM8K',
      'GPT-4 · MMLU',
      'GPT-4o · MMLU',
    ]);
  });
});

describe('benchmarkDiffs', () => {
  it('gives the later minus the earlier score in pp, marked derived', () => {
    const bars = benchmarkBars(models, V, 'en', kindOf);
    const diffs = benchmarkDiffs(bars, 'en', (a, b) => `${b.model} − ${a.model}`);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ benchmark: 'MMLU', from: 'GPT-4', to: 'GPT-4o', pp: 2.2 });
    expect(diffs[0]!.tip).toMatchObject({ value: '+2.2 pp', derived: 'GPT-4o − GPT-4' });
  });
  it('does not compare different benchmarks', () => {
    const bars = benchmarkBars(
      [
        ...models,
        model({
          id: 'x',
          vendorId: 'openai',
          name: 'X',
          benchmarks: [{ name: 'GSM8K', value: 90, unit: '%', sourceId: 's-x' }],
        }),
      ],
      V,
      'en',
      kindOf,
    );
    expect(benchmarkDiffs(bars, 'en', () => '').map((d) => d.benchmark)).toEqual(['MMLU']);
  });
});

describe('formatPp / benchmarkTable', () => {
  it('formats pp in both languages', () => {
    expect(formatPp(2.2, 'en')).toBe('+2.2 pp');
    expect(formatPp(-1.25, 'zh')).toBe('−1.3个百分点');
  });
  it('labels the derived row in the table', () => {
    const bars = benchmarkBars(models, V, 'en', kindOf);
    const diffs = benchmarkDiffs(bars, 'en', () => 'GPT-4o score − GPT-4 score');
    const t = benchmarkTable(bars, diffs, 'en', {
      model: 'Model',
      vendor: 'Vendor',
      released: 'Released',
      benchmark: 'Benchmark',
      score: 'Score',
      unit: 'Unit',
      kind: 'Kind',
      derived: 'Derived',
      derivedYes: 'derived',
      source: 'Source',
    });
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toMatchObject({ model: 'GPT-4', score: '86.5', unit: '%', derived: '' });
    expect(t.rows[2]).toMatchObject({
      model: 'GPT-4 → GPT-4o',
      score: '+2.2 pp',
      unit: 'pp',
      derived: 'derived: GPT-4o score − GPT-4 score',
    });
    // The CSV: the score and the derived difference as numbers with their unit's code.
    expect(csvFigure(t.rows[0]!)).toMatchObject({ value: 86.5, unit: 'percent', period: '2023-03', kind: 'reported' });
    expect(csvFigure(t.rows[2]!)).toMatchObject({ unit: 'pp', bound: 'exact' });
    expect(csvFigure(t.rows[2]!).value).toBeCloseTo(2.2, 10);
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['released', 'score', 'unit', 'kind']);
  });
});

describe('shownBenchmarkBars (mark cap)', () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    model({
      id: `m${i}`,
      vendorId: 'openai',
      name: `M${String(i).padStart(2, '0')}`,
      released: `20${String(10 + Math.floor(i / 4)).padStart(2, '0')}-0${1 + (i % 4)}`,
      benchmarks: [{ name: 'MMLU', value: 50 + i, unit: '%', sourceId: 's' }],
    }),
  );
  const bars = benchmarkBars(many, V, 'en', kindOf);

  it('draws every bar at the article scale', () => {
    const few = benchmarkBars(models, V, 'en', kindOf);
    expect(shownBenchmarkBars(few)).toEqual({ shown: few, total: few.length, thinned: false });
  });
  it('beyond the cap keeps the first and the latest release, in order, and counts all', () => {
    const c = shownBenchmarkBars(bars);
    expect(c).toMatchObject({ total: 40, thinned: true });
    expect(c.shown).toHaveLength(BENCHMARK_BAR_CAP);
    expect(c.shown[0]!.model).toBe('M00');
    expect(c.shown.at(-1)!.model).toBe('M39');
    const order = c.shown.map((b) => bars.indexOf(b));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
