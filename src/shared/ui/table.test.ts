import { describe, expect, it } from 'vitest';
import { figureCells, figureKey, metricFigure, spanFigure, type TableCell } from './table';
import { csvFigure } from './table.test-util';

describe('figureCells', () => {
  it('keeps a figure under its own keys, apart from the screen’s value and kind columns', () => {
    const row: Record<string, TableCell> = {
      value: '$5M',
      kind: 'Reported',
      ...figureCells({ value: 5e6, kind: 'reported' }),
    };
    expect(row.value).toBe('$5M');
    expect(row[figureKey('value')]).toBe(5e6);
    expect(csvFigure(row)).toEqual({
      value: 5e6,
      low: null,
      high: null,
      bound: null,
      unit: null,
      currency: null,
      period: null,
      kind: 'reported',
    });
  });
});

describe('metricFigure', () => {
  it('is the metric as stated: numbers, bound, unit, currency and period untouched', () => {
    const m = {
      value: null,
      low: 2.45e10,
      high: 2.5e10,
      bound: 'range',
      unit: 'currency',
      currency: 'USD',
      period: '2024-Q3',
    } as const;
    expect(metricFigure(m, 'guidance')).toEqual({ ...m, kind: 'guidance' });
  });
});

describe('spanFigure', () => {
  const rest = { unit: 'multiple', currency: null, period: null, kind: 'claim' } as const;
  it('writes an exact or approximate figure as its value', () => {
    expect(spanFigure({ point: 4, low: 4, high: 4, bound: 'approx' }, rest)).toMatchObject({
      value: 4,
      low: null,
      high: null,
    });
  });
  it('writes a range by its ends and a bound by its one end, as metrics.json does', () => {
    expect(spanFigure({ point: 1.5, low: 1, high: 2, bound: 'range' }, rest)).toMatchObject({
      value: null,
      low: 1,
      high: 2,
    });
    expect(spanFigure({ point: 2.83, low: 2.83, high: 2.83, bound: 'lower' }, rest)).toMatchObject({
      value: null,
      low: 2.83,
      high: null,
      bound: 'lower',
    });
    expect(spanFigure({ point: 9, low: 9, high: 9, bound: 'upper' }, rest)).toMatchObject({
      value: null,
      low: null,
      high: 9,
    });
  });
});
