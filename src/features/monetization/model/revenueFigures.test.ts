import { describe, expect, it } from 'vitest';
import { metric } from './fixtures.test-util';
import { basisOf, granularityOf, inPeriod, isQuarterUnstated, revenueFigures, yearEarlier } from './revenueFigures';
import { revenueMetrics, revenueSources, revenueVendors, S } from './revenueFixtures.test-util';

const { figures, unplaced } = revenueFigures(revenueMetrics, revenueSources, revenueVendors);
const of = (series: string, basis: string) => figures.filter((f) => f.series === series && f.basis === basis);

describe('basisOf: the basis comes from the metric key, unit and period', () => {
  it('tells quarterly, half-year, annual and monthly revenue apart by the period', () => {
    expect(basisOf({ metric: 'revenue', unit: 'currency', period: '2024-Q3' })).toBe('quarterly-revenue');
    expect(basisOf({ metric: 'revenue-guidance', unit: 'currency', period: '2024-Q3' })).toBe('quarterly-revenue');
    expect(basisOf({ metric: 'revenue', unit: 'currency', period: '2024-H1' })).toBe('half-year-revenue');
    expect(basisOf({ metric: 'revenue', unit: 'currency', period: '2024' })).toBe('annual-revenue');
    expect(basisOf({ metric: 'revenue', unit: 'currency', period: '2024-09' })).toBe('monthly-revenue');
  });
  it('keeps an annualised run-rate and growth rates apart from revenue', () => {
    expect(basisOf({ metric: 'annualized-revenue', unit: 'currency', period: '2025' })).toBe('arr');
    expect(basisOf({ metric: 'revenue-growth-yoy', unit: 'percent', period: '2024-Q3' })).toBe('yoy-growth');
    expect(basisOf({ metric: 'revenue-growth-yoy', unit: 'multiple', period: '2024-Q3' })).toBe('yoy-growth');
  });
  it('places no figure it cannot compare', () => {
    expect(basisOf({ metric: 'revenue', unit: 'currency', period: '2024-09-30' })).toBeNull();
    expect(basisOf({ metric: 'revenue-growth-yoy', unit: 'pp', period: '2024-Q3' })).toBeNull();
    expect(basisOf({ metric: 'loss', unit: 'currency', period: '2024' })).toBeNull();
  });
  it('reads a quarter the article does not name (2024-QX) as a quarter, belonging with its year’s quarters', () => {
    expect(granularityOf('2024-QX')).toBe('quarter');
    expect(basisOf({ metric: 'revenue', unit: 'currency', period: '2024-QX' })).toBe('quarterly-revenue');
    expect(isQuarterUnstated('2024-QX')).toBe(true);
    expect(isQuarterUnstated('2024-Q3')).toBe(false);
    expect(inPeriod('2024-QX', '2024-Q3')).toBe(true);
    expect(inPeriod('2024-QX', '2023-Q3')).toBe(false);
    expect(inPeriod('2024-QX', '2024')).toBe(false);
    expect(inPeriod('2024-Q2', '2024-Q3')).toBe(false);
  });
  it('computes no growth from two unnamed quarters (they need not be the same quarter)', () => {
    const qx = revenueFigures(
      [
        metric({ id: 'a', metric: 'revenue', period: '2023-QX', value: 1 }),
        metric({ id: 'b', metric: 'revenue', period: '2024-QX', value: 2, baselineId: 'a' }),
      ],
      new Map(),
      new Map(),
    );
    expect(qx.figures.filter((f) => f.basis === 'yoy-growth')).toEqual([]);
  });
  it('reads periods, and refuses what is not one', () => {
    expect(granularityOf('2024-Q3')).toBe('quarter');
    expect(granularityOf('2024-12-03')).toBe('day');
    expect(() => granularityOf('Q3 2024')).toThrow(RangeError);
    expect(yearEarlier('2024-Q3')).toBe('2023-Q3');
    expect(yearEarlier('2024')).toBe('2023');
  });
});

describe('revenueFigures', () => {
  it('shows Google Cloud’s growth once: the stated ≈35 %, with the growth computed from its revenues as its alternate', () => {
    const growth = of(S.google, 'yoy-growth');
    expect(growth).toHaveLength(1);
    expect(growth[0]).toMatchObject({ id: 'gc-g', derived: null, span: { point: 35, bound: 'approx' } });
    const [computed] = growth[0]!.alternates;
    expect(computed!.id).toBe('gc-24~computed');
    expect(computed!.span.point).toBeCloseTo(34.98, 2);
    expect(computed!.derived).toMatchObject({ from: 'revenues', priorPeriod: '2023-Q3', currency: 'USD' });
  });
  it('keeps both quarters of Google Cloud on the quarterly basis (the prior period is a figure too)', () => {
    expect(of(S.google, 'quarterly-revenue').map((f) => f.period)).toEqual(['2023-Q3', '2024-Q3']);
  });
  it('puts each figure on its basis: guidance, annual revenue, a forecast run-rate', () => {
    expect(of(S.azure, 'quarterly-revenue')[0]).toMatchObject({ kind: 'guidance', span: { low: 24.5e9, high: 25e9 } });
    expect(of(S.openai, 'annual-revenue')).toHaveLength(1);
    expect(of(S.perplexity, 'arr')[0]).toMatchObject({
      kind: 'forecast',
      note: { en: 'Forecast: double the current level.' },
    });
  });
  it('invents no growth: a forecast “double the current level” is no year-on-year rate', () => {
    expect(of(S.perplexity, 'yoy-growth')).toEqual([]);
    expect(of(S.openai, 'yoy-growth')).toEqual([]);
  });
  it('computes a growth only from a baseline one year earlier, in the same currency and basis', () => {
    const twoYears = revenueFigures(
      [
        metric({ id: 'a', metric: 'revenue', period: '2022-Q3', value: 1 }),
        metric({ id: 'b', metric: 'revenue', period: '2024-Q3', value: 2, baselineId: 'a' }),
        metric({
          id: 'c',
          metric: 'revenue',
          period: '2023-Q3',
          value: 1,
          currency: 'CNY',
          subject: { en: 'C', zh: 'C' },
        }),
        metric({
          id: 'd',
          metric: 'revenue',
          period: '2024-Q3',
          value: 2,
          baselineId: 'c',
          subject: { en: 'C', zh: 'C' },
        }),
      ],
      new Map(),
      new Map(),
    );
    expect(twoYears.figures.filter((f) => f.basis === 'yoy-growth')).toEqual([]);
    const alone = revenueFigures(
      [
        metric({ id: 'a', metric: 'revenue', period: '2023-Q3', value: 100 }),
        metric({ id: 'b', metric: 'revenue', period: '2024-Q3', low: 110, high: 120, bound: 'range', baselineId: 'a' }),
      ],
      new Map(),
      new Map(),
    ).figures.find((f) => f.basis === 'yoy-growth')!;
    expect(alone.derived?.from).toBe('revenues');
    expect(alone.span).toMatchObject({ bound: 'range' });
    expect(alone.span.low).toBeCloseTo(10, 10);
    expect(alone.span.high).toBeCloseTo(20, 10);
  });
  it('turns a stated multiple into a derived growth rate', () => {
    const [f] = revenueFigures(
      [metric({ id: 'm', metric: 'revenue-growth-yoy', value: 2, unit: 'multiple', currency: null })],
      new Map(),
      new Map(),
    ).figures;
    expect(f).toMatchObject({ basis: 'yoy-growth', span: { point: 100 }, derived: { from: 'multiple', multiple: 2 } });
  });
  it('keeps bounds and regions, and returns what it cannot place', () => {
    expect(of(S.alibabaAi, 'yoy-growth')[0]).toMatchObject({ region: 'cn', span: { bound: 'lower', low: 100 } });
    expect(unplaced).toEqual([]);
    const odd = metric({ id: 'x', metric: 'revenue', period: '2024-09-30', value: 1 });
    expect(revenueFigures([odd], new Map(), new Map()).unplaced).toEqual([odd]);
  });
});
