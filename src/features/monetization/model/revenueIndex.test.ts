import { describe, expect, it } from 'vitest';
import { metric } from './fixtures.test-util';
import { ALL_COMPANIES, presetSelection } from './revenueCompare';
import { revenueFigures } from './revenueFigures';
import { indexAxis, indexView } from './revenueIndex';
import { revenueMetrics, revenueSources, revenueVendors, S } from './revenueFixtures.test-util';

const { figures } = revenueFigures(revenueMetrics, revenueSources, revenueVendors);

describe('indexView: each company ÷ its own value in the base period', () => {
  it('draws a line only where a company has two periods: Google Cloud, Q3 2023 = 100 → 135', () => {
    const v = indexView(figures, ALL_COMPANIES);
    expect(v).toMatchObject({
      basis: 'quarterly-revenue',
      periods: ['2023-Q3', '2024-Q3'],
      base: '2023-Q3',
      noBase: [],
    });
    expect(v.lines).toHaveLength(1);
    const [line] = v.lines;
    expect(line!.series).toBe(S.google);
    expect(line!.points.map((p) => p.period)).toEqual(['2023-Q3', '2024-Q3']);
    expect(line!.points[0]!.index.point).toBe(100);
    expect(line!.points[1]!.index.point).toBeCloseTo(134.98, 2);
  });
  it('is not the stated growth plus 100: a company with one period gets no line, and is named', () => {
    const v = indexView(figures, ALL_COMPANIES);
    expect(v.single.map((f) => f.series).sort()).toEqual([S.alibaba, S.azure, S.baidu].sort());
    expect(v.lines.some((l) => l.series === S.baidu)).toBe(false);
  });
  it('takes the base period the reader picks', () => {
    const v = indexView(figures, ALL_COMPANIES, { base: '2024-Q3' });
    expect(v.base).toBe('2024-Q3');
    expect(v.lines[0]!.points[0]!.index.point).toBeCloseTo((8.411 / 11.353) * 100, 6);
    expect(v.lines[0]!.points[1]!.index.point).toBe(100);
    expect(indexView(figures, ALL_COMPANIES, { base: '1999-Q1' }).base).toBe('2023-Q3');
  });
  it('says there is nothing to index when no chosen company has two periods of one basis', () => {
    const v = indexView(figures, presetSelection('four-clouds', figures));
    expect(v.lines).toHaveLength(1);
    const noGoogle = { selected: [S.azure, S.baidu, S.alibaba, S.openai], groupByRegion: false };
    const none = indexView(figures, noGoogle);
    expect(none).toMatchObject({ basis: null, lines: [], periods: [], base: null });
    expect(none.single.map((f) => f.series).sort()).toEqual([S.alibaba, S.azure, S.baidu, S.openai].sort());
  });
  it('names a company with periods but none in the base period', () => {
    const extra = revenueFigures(
      [
        ...revenueMetrics,
        metric({
          id: 'x1',
          metric: 'revenue',
          vendorId: 'x',
          subject: { en: 'X', zh: 'X' },
          period: '2022-Q3',
          value: 1,
        }),
        metric({
          id: 'x2',
          metric: 'revenue',
          vendorId: 'x',
          subject: { en: 'X', zh: 'X' },
          period: '2024-Q3',
          value: 2,
        }),
      ],
      revenueSources,
      revenueVendors,
    ).figures;
    const v = indexView(extra, ALL_COMPANIES, { base: '2023-Q3' });
    expect(v.noBase).toEqual(['x|X']);
    expect(v.lines.map((l) => l.series)).toEqual([S.google]);
  });
});

describe('indexAxis', () => {
  it('holds 100 and the values, on round ticks, without starting at zero', () => {
    expect(indexAxis([100, 134.98])).toEqual({ domain: [100, 140], ticks: [100, 110, 120, 130, 140] });
    expect(indexAxis([74.08, 100])).toEqual({ domain: [70, 100], ticks: [70, 80, 90, 100] });
    expect(indexAxis([100]).ticks).toEqual([95, 100, 105]);
  });
});
