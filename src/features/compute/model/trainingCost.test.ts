import { describe, expect, it } from 'vitest';
import type { Metric, Vendor } from '../../../shared/api/contract';
import { csvFigure } from '../../../shared/ui/table.test-util';
import {
  boundText,
  costBars,
  costDot,
  costTable,
  costValues,
  shownCostBars,
  TRAINING_COST_BAR_CAP,
} from './trainingCost';

const metric = (over: Partial<Metric>): Metric => ({
  id: 'm',
  vendorId: 'openai',
  subject: { en: 'Subject', zh: '主体' },
  metric: 'training-cost',
  period: '2024',
  value: null,
  low: null,
  high: null,
  bound: 'exact',
  unit: 'currency',
  currency: 'USD',
  baselineId: null,
  sourceId: 's-x',
  ...over,
});

const metrics: Metric[] = [
  metric({
    id: 'anthropic',
    vendorId: 'anthropic',
    subject: { en: 'Anthropic', zh: 'Anthropic' },
    period: '2024',
    bound: 'lower',
    low: 2.7e9,
    sourceId: 's-a',
  }),
  metric({
    id: 'gpt4',
    subject: { en: 'GPT-4 (one run)', zh: 'GPT-4（训练一次）' },
    period: '2023-03',
    value: 63e6,
    sourceId: 's-g',
  }),
  metric({ id: 'other', metric: 'investment', value: 8e9 }),
];
const vendors = new Map<string, Vendor>([
  [
    'openai',
    { id: 'openai', name: { en: 'OpenAI', zh: 'OpenAI' }, aliases: [], region: 'us', group: 'ai-lab', sourceId: 's-v' },
  ],
]);
const words = { converted: 'at {rate} {to}/{from}', lowerNote: 'lower bound', upperNote: 'upper bound' };

/** Bars in USD at 7.2 CNY per USD, English, every source "reported", unless a test says otherwise. */
const barsOf = (ms: readonly Metric[], over: Partial<Parameters<typeof costBars>[1]> = {}) =>
  costBars(ms, { vendors, currency: 'USD', cnyPerUsd: 7.2, lang: 'en', kindOf: () => 'reported', words, ...over });

describe('boundText', () => {
  const fmt = (v: number) => `$${v}`;
  it('marks bounds and ranges', () => {
    expect(boundText({ bound: 'lower', value: null, low: 5, high: null }, fmt)).toBe('≥ $5');
    expect(boundText({ bound: 'upper', value: null, low: null, high: 5 }, fmt)).toBe('≤ $5');
    expect(boundText({ bound: 'approx', value: 5, low: null, high: null }, fmt)).toBe('≈ $5');
    expect(boundText({ bound: 'range', value: null, low: 1, high: 2 }, fmt)).toBe('$1–$2');
    expect(boundText({ bound: 'exact', value: 5, low: null, high: null }, fmt)).toBe('$5');
  });
});

describe('costBars', () => {
  it('keeps training costs, oldest first, and draws a lower bound as an open bar with ≥', () => {
    const bars = barsOf(metrics);
    expect(bars.map((b) => b.id)).toEqual(['gpt4', 'anthropic']);
    expect(bars[0]).toMatchObject({ style: 'solid', bar: 63e6, text: '$63M', vendorName: 'OpenAI', converted: false });
    expect(bars[1]).toMatchObject({ style: 'open-lower', bar: 2.7e9, text: '≥ $2.7B', vendorName: 'anthropic' });
    expect(bars[1]!.tip.note).toContain('lower bound');
    expect(bars[1]!.tip.kind).toBe('reported');
  });
  it('converts to CNY at the reader’s rate and says so', () => {
    const bars = barsOf(metrics, { currency: 'CNY', cnyPerUsd: 7 });
    expect(bars[0]!.bar).toBeCloseTo(441e6, 0);
    expect(bars[0]!.converted).toBe(true);
    expect(bars[0]!.text).toContain('CN¥');
    expect(bars[0]!.tip.note).toContain('at 7 CNY/USD');
  });
  it('keeps a range as [low, high]', () => {
    const bars = barsOf([metric({ id: 'r', bound: 'range', low: 1e6, high: 3e6 })], { kindOf: () => 'estimate' });
    expect(bars[0]).toMatchObject({ style: 'range', bar: [1e6, 3e6] });
  });
});

describe('costValues / costDot / costTable', () => {
  const bars = barsOf(metrics);
  it('gives the numbers the marks reach, for the log axis', () => {
    expect(costValues(bars).sort((a, b) => a - b)).toEqual([63e6, 2.7e9]);
    expect(costValues([])).toEqual([]);
  });
  it('marks a stated cost as a dot and a lower bound at its bound, as text "≥"', () => {
    const dots = bars.map((b) => costDot(b, '#000'));
    expect(dots.map((d) => [d.bound, d.value, d.label])).toEqual(bars.map((b) => [b.bound, b.bar, b.text]));
    expect(dots.find((d) => d.bound === 'lower')?.label).toMatch(/^≥/);
  });
  it('keeps a range as its two ends', () => {
    const [range] = barsOf([metric({ id: 'r', bound: 'range', low: 1e8, high: 3e8 })]);
    expect(costDot(range!, '#000')).toMatchObject({ bound: 'range', low: 1e8, high: 3e8 });
  });
  const h = {
    subject: 'S',
    vendor: 'V',
    period: 'P',
    amount: 'A',
    bound: 'B',
    currency: 'C',
    kind: 'K',
    source: 'Src',
  };
  it('lists the same figures with bound, currency, kind and source', () => {
    const t = costTable(bars, 'en', h, (b) => b);
    expect(t.rows[1]).toMatchObject({
      amount: '≥ $2.7B',
      bound: 'lower',
      currency: 'USD',
      source: 's-a',
      period: '2024',
    });
    expect(t.rows[0]!.period).toBe('Mar 2023');
  });
  it('gives the CSV each figure as the article states it: numbers and codes, in its own currency', () => {
    const inCny = barsOf(metrics, { currency: 'CNY', cnyPerUsd: 7, lang: 'zh' });
    const t = costTable(inCny, 'zh', h, (b) => b);
    expect(csvFigure(t.rows[0]!)).toEqual({
      value: 63e6,
      low: null,
      high: null,
      bound: 'exact',
      unit: 'currency',
      currency: 'USD',
      period: '2023-03',
      kind: 'reported',
    });
    expect(csvFigure(t.rows[1]!)).toMatchObject({ value: null, low: 2.7e9, bound: 'lower', currency: 'USD' });
    // The formatted figure and its readings are for the screen only.
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual([
      'period',
      'amount',
      'bound',
      'currency',
      'kind',
    ]);
  });
});

describe('shownCostBars (mark cap)', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    metric({
      id: `m${String(i).padStart(2, '0')}`,
      period: `20${String(10 + (i % 15)).padStart(2, '0')}`,
      // Costs rise with i, so the costliest are the last ids.
      ...(i % 3 === 0 ? { bound: 'range' as const, low: 1e6 * i, high: 2.2e6 * i } : { value: 1.5e6 * i }),
    }),
  );
  const bars = barsOf(many);

  it('draws every bar up to the cap, in the order given', () => {
    const few = bars.slice(0, 5);
    expect(shownCostBars(few)).toEqual({ shown: few, total: 5, thinned: false });
    expect(TRAINING_COST_BAR_CAP).toBeGreaterThanOrEqual(2);
  });

  it('beyond the cap keeps the costliest (a range by its high end) and keeps period order', () => {
    const c = shownCostBars(bars, 4);
    expect(c).toMatchObject({ total: 30, thinned: true });
    // Far ends: ranges (every third) reach 2.2 × i M, so 27 → 59.4, 24 → 52.8, 21 → 46.2; values
    // 29 → 43.5, 28 → 42. By their low ends (27, 24, 21 M) the ranges would not make the four.
    expect(new Set(c.shown.map((b) => b.id))).toEqual(new Set(['m27', 'm24', 'm21', 'm29']));
    const periods = c.shown.map((b) => b.period);
    expect(periods).toEqual([...periods].sort());
  });
});
