import { describe, expect, it } from 'vitest';
import { boundedText, placeMetric } from './bounds';

const fmt = (n: number) => String(n);

describe('placeMetric', () => {
  it('places exact and approximate figures at their value', () => {
    expect(placeMetric({ bound: 'exact', value: 7, low: null, high: null })).toEqual({
      at: 7,
      low: null,
      high: null,
      open: false,
      isRange: false,
    });
    expect(placeMetric({ bound: 'approx', value: 35, low: null, high: null }).open).toBe(false);
  });
  it('marks lower and upper bounds as open', () => {
    expect(placeMetric({ bound: 'lower', value: null, low: 40, high: null })).toEqual({
      at: 40,
      low: 40,
      high: null,
      open: true,
      isRange: false,
    });
    expect(placeMetric({ bound: 'upper', value: null, low: null, high: 9 })).toMatchObject({ at: 9, open: true });
  });
  it('keeps ranges as ranges with no point', () => {
    expect(placeMetric({ bound: 'range', value: null, low: 24.5, high: 25 })).toEqual({
      at: null,
      low: 24.5,
      high: 25,
      open: false,
      isRange: true,
    });
  });
});

describe('boundedText', () => {
  it('writes the bound into the text', () => {
    expect(boundedText({ bound: 'exact', value: 7.6, low: null, high: null }, fmt)).toBe('7.6');
    expect(boundedText({ bound: 'approx', value: 35, low: null, high: null }, fmt)).toBe('≈35');
    expect(boundedText({ bound: 'lower', value: null, low: 40, high: null }, fmt)).toBe('≥40');
    expect(boundedText({ bound: 'upper', value: null, low: null, high: 3 }, fmt)).toBe('≤3');
    expect(boundedText({ bound: 'range', value: null, low: 24.5, high: 25 }, fmt)).toBe('24.5–25');
    expect(boundedText({ bound: 'exact', value: null, low: null, high: null }, fmt)).toBe('—');
  });
});
