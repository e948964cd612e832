import { describe, expect, it } from 'vitest';
import { formatMetricValue } from './metricValue';

const fig = (over: Partial<Parameters<typeof formatMetricValue>[0]>): Parameters<typeof formatMetricValue>[0] => ({
  value: null,
  low: null,
  high: null,
  bound: 'exact',
  unit: 'count',
  currency: null,
  ...over,
});

describe('formatMetricValue', () => {
  it('writes an exact count compactly in each language', () => {
    const users = fig({ value: 250_000_000, unit: 'users' });
    expect(formatMetricValue(users, 'en')).toBe('250M');
    expect(formatMetricValue(users, 'zh')).toBe('2.5亿');
  });

  it('marks an approximate figure with ≈ and keeps the currency', () => {
    const revenue = fig({ value: 3_400_000_000, bound: 'approx', unit: 'currency', currency: 'USD' });
    expect(formatMetricValue(revenue, 'en')).toBe('≈$3.4B');
    expect(formatMetricValue(revenue, 'zh')).toBe('≈US$34亿');
  });

  it('writes a range with the unit once', () => {
    const target = fig({ low: 5, high: 6, bound: 'range', unit: 'percent' });
    expect(formatMetricValue(target, 'en')).toBe('5–6%');
    const growth = fig({ low: 35, high: 36, bound: 'range', unit: 'percent' });
    expect(formatMetricValue(growth, 'zh')).toBe('35–36%');
  });

  it('writes a lower bound with ≥ and an upper bound with ≤', () => {
    expect(formatMetricValue(fig({ low: 40_000_000, bound: 'lower', unit: 'users' }), 'en')).toBe('≥40M');
    expect(formatMetricValue(fig({ low: 40_000_000, bound: 'lower', unit: 'users' }), 'zh')).toBe('≥4000万');
    expect(formatMetricValue(fig({ high: 12, bound: 'upper', unit: 'percent' }), 'en')).toBe('≤12%');
  });

  it('puts the unit word after the number', () => {
    expect(formatMetricValue(fig({ value: 1_500_000_000, unit: 'calls-per-day' }), 'en')).toBe('1.5B/day');
    expect(formatMetricValue(fig({ value: 1_500_000_000, unit: 'calls-per-day' }), 'zh')).toBe('15亿次/日');
    expect(formatMetricValue(fig({ value: 13, bound: 'approx', unit: 'pp' }), 'en')).toBe('≈13 pp');
    expect(formatMetricValue(fig({ value: 13, bound: 'approx', unit: 'pp' }), 'zh')).toBe('≈13个百分点');
    expect(formatMetricValue(fig({ value: 30, unit: 'multiple' }), 'en')).toBe('30×');
    expect(formatMetricValue(fig({ value: 20, unit: 'currency-per-month', currency: 'USD' }), 'en')).toBe('$20/mo');
    expect(formatMetricValue(fig({ value: 6, unit: 'count' }), 'en')).toBe('6');
  });

  it('refuses a figure whose bound lacks its number, naming the field', () => {
    expect(() => formatMetricValue(fig({ bound: 'range', low: 5, unit: 'percent' }), 'en')).toThrow(
      'a figure bounded "range" needs high',
    );
    expect(() => formatMetricValue(fig({ value: 5, unit: 'currency' }), 'en')).toThrow('needs a currency');
  });
});
