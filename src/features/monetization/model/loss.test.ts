import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import { metric } from './fixtures.test-util';
import { formatRatio, lossBars, lossCases, lossRatio, lossTable, ratioSpan, shareOf } from './loss';

const oa = { vendorId: 'openai', period: '2024', sourceId: 's-oa' };
const revenue = metric({
  id: 'rev',
  metric: 'revenue',
  ...oa,
  subject: { en: 'OpenAI', zh: 'OpenAI' },
  value: 3.4e9,
  bound: 'approx',
});
const loss = metric({ id: 'loss', metric: 'loss', ...oa, subject: { en: 'OpenAI', zh: 'OpenAI' }, value: 5e9 });
const share = metric({
  id: 'share',
  metric: 'consumer-revenue-share',
  ...oa,
  subject: { en: 'OpenAI (paying consumers)', zh: 'OpenAI' },
  value: 75,
  bound: 'approx',
  unit: 'percent',
  currency: null,
});
const other = metric({ id: 'g', metric: 'revenue', vendorId: 'google', value: 11e9 });
const sources = new Map([['s-oa', { kind: 'reported' as const }]]);
const words = {
  revenue: 'Revenue',
  consumer: 'of which consumers',
  loss: 'Loss',
  derivedConsumer: '{revenue} × {share}',
  converted: 'As stated',
};

describe('lossCases', () => {
  it('pairs revenue and loss of the same vendor and period; skips vendors without a loss', () => {
    const cases = lossCases([revenue, loss, share, other]);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ vendorId: 'openai', revenue, loss, consumerShare: share });
  });
});

describe('ratios and shares', () => {
  it('loss ÷ revenue: 5 B ÷ ≈3.4 B ≈ 1.47', () => {
    const r = lossRatio(lossCases([revenue, loss])[0]!)!;
    expect(r.point).toBeCloseTo(1.4706, 4);
    expect(r.bound).toBe('approx');
    expect(formatRatio(r, 'en')).toBe('≈1.47×');
  });
  it('a range in the denominator widens the ratio', () => {
    expect(
      ratioSpan({ point: 10, low: 10, high: 10, bound: 'exact' }, { point: 4.5, low: 4, high: 5, bound: 'range' }),
    ).toEqual({ point: 10 / 4.5, low: 2, high: 2.5, bound: 'range' });
  });
  it('share of an amount: ≈75 % of ≈3.4 B ≈ 2.55 B', () => {
    expect(
      shareOf(
        { point: 3.4e9, low: 3.4e9, high: 3.4e9, bound: 'approx' },
        { point: 75, low: 75, high: 75, bound: 'approx' },
      ),
    ).toMatchObject({ point: 2.55e9, bound: 'approx' });
  });
});

describe('lossBars', () => {
  it('revenue, the consumer part (derived) and the loss, in the reader’s currency', () => {
    const bars = lossBars(lossCases([revenue, loss, share])[0]!, 'USD', 7.2, 'en', sources, words);
    expect(bars.map((b) => [b.role, b.display, b.derived])).toEqual([
      ['revenue', '≈$3.4B', null],
      ['consumer', '≈$2.55B', '≈$3.4B × ≈75%'],
      ['loss', '$5B', null],
    ]);
  });
  it('converts to CNY and keeps the figure as stated in the tooltip', () => {
    const bars = lossBars(lossCases([revenue, loss])[0]!, 'CNY', 7, 'en', sources, words);
    expect(bars[1]!.value).toBe(35e9);
    expect(bars[1]!.tip.note).toBe('As stated: $5B');
  });
  it('makes a table with the same rows', () => {
    const bars = lossBars(lossCases([revenue, loss, share])[0]!, 'USD', 7.2, 'en', sources, words);
    const t = lossTable(bars, () => 'OpenAI', 'en', {
      item: 'I',
      vendor: 'V',
      period: 'P',
      value: 'Val',
      kind: 'K',
      derived: 'D',
      source: 'S',
    });
    expect(t.rows).toHaveLength(3);
    expect(t.rows[1]).toMatchObject({
      item: 'of which consumers',
      period: '2024',
      derived: '≈$3.4B × ≈75%',
      source: 's-oa',
    });
  });
  it('gives the CSV the stated figures as numbers in their own currency, the consumer part derived from them', () => {
    const bars = lossBars(lossCases([revenue, loss, share])[0]!, 'CNY', 7, 'zh', sources, words);
    const t = lossTable(bars, () => 'OpenAI', 'zh', {
      item: 'I',
      vendor: 'V',
      period: 'P',
      value: 'Val',
      kind: 'K',
      derived: 'D',
      source: 'S',
    });
    expect(t.rows[0]!.value).toContain('亿');
    expect(csvFigure(t.rows[0]!)).toEqual({
      value: 3.4e9,
      low: null,
      high: null,
      bound: 'approx',
      unit: 'currency',
      currency: 'USD',
      period: '2024',
      kind: 'reported',
    });
    expect(csvFigure(t.rows[1]!)).toMatchObject({ bound: 'approx', unit: 'currency', currency: 'USD', period: '2024' });
    expect(csvFigure(t.rows[1]!).value).toBeCloseTo(2.55e9, 0);
    expect(csvFigure(t.rows[2]!)).toMatchObject({ value: 5e9, bound: 'exact', currency: 'USD' });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['period', 'value', 'kind']);
  });
});
