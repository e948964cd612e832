import { describe, expect, it } from 'vitest';
import { errorOf, formatSpan, growthFromMultiple, growthPct, indexFromGrowth, mapSpan, spanOf } from './figures';

const m = (
  bound: 'exact' | 'approx' | 'range' | 'lower' | 'upper',
  value: number | null,
  low: number | null = null,
  high: number | null = null,
) => ({ bound, value, low, high });

describe('spanOf', () => {
  it('reads exact and approximate values as a point', () => {
    expect(spanOf(m('exact', 11353000000))).toEqual({
      point: 11353000000,
      low: 11353000000,
      high: 11353000000,
      bound: 'exact',
    });
    expect(spanOf(m('approx', 35))).toMatchObject({ point: 35, bound: 'approx' });
  });
  it('reads a range with its midpoint as the point', () => {
    expect(spanOf(m('range', null, 24.5e9, 25e9))).toEqual({ point: 24.75e9, low: 24.5e9, high: 25e9, bound: 'range' });
  });
  it('reads lower and upper bounds from low / high', () => {
    expect(spanOf(m('lower', null, 1e6))).toEqual({ point: 1e6, low: 1e6, high: 1e6, bound: 'lower' });
    expect(spanOf(m('upper', null, null, 5))).toMatchObject({ point: 5, bound: 'upper' });
  });
  it('returns null when the numbers the bound needs are missing', () => {
    expect(spanOf(m('range', null, 1, null))).toBeNull();
    expect(spanOf(m('exact', null))).toBeNull();
  });
});

describe('growth and index', () => {
  it('computes growth from two values: Google Cloud 8.411 → 11.353 B is +34.98 %', () => {
    expect(growthPct(8.411e9, 11.353e9)).toBeCloseTo(34.978, 2);
    expect(growthPct(100, 94)).toBeCloseTo(-6, 10);
  });
  it('refuses a prior value of zero', () => {
    expect(() => growthPct(0, 10)).toThrow(RangeError);
  });
  it('indexes growth with the prior period at 100', () => {
    expect(indexFromGrowth(35)).toBe(135);
    expect(indexFromGrowth(-6)).toBe(94);
  });
  it('turns a multiple into growth: doubling is +100 %', () => {
    expect(growthFromMultiple(2)).toBe(100);
    expect(growthFromMultiple(30)).toBe(2900);
  });
});

describe('ranges', () => {
  it('maps every number of a span and keeps low ≤ high', () => {
    expect(mapSpan({ point: 35.5, low: 35, high: 36, bound: 'range' }, (n) => 100 + n)).toEqual({
      point: 135.5,
      low: 135,
      high: 136,
      bound: 'range',
    });
    expect(mapSpan({ point: 2, low: 1, high: 3, bound: 'range' }, (n) => -n)).toEqual({
      point: -2,
      low: -3,
      high: -1,
      bound: 'range',
    });
  });
  it('gives an error bar only for ranges', () => {
    expect(errorOf({ point: 35.5, low: 35, high: 36, bound: 'range' })).toEqual([0.5, 0.5]);
    expect(errorOf({ point: 35, low: 35, high: 35, bound: 'approx' })).toBeNull();
    expect(errorOf({ point: 1e6, low: 1e6, high: 1e6, bound: 'lower' })).toBeNull();
  });
  it('writes ≈, ranges and bounds', () => {
    const f = (n: number) => `${n}%`;
    expect(formatSpan({ point: 35, low: 35, high: 35, bound: 'approx' }, f)).toBe('≈35%');
    expect(formatSpan({ point: 35.5, low: 35, high: 36, bound: 'range' }, f)).toBe('35%–36%');
    expect(formatSpan({ point: 100, low: 100, high: 100, bound: 'lower' }, f)).toBe('≥100%');
    expect(formatSpan({ point: 6, low: 6, high: 6, bound: 'exact' }, f)).toBe('6%');
  });
});
