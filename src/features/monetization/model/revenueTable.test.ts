import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import { ALL_COMPANIES, compare, familyBases, isChosen, presetSelection } from './revenueCompare';
import { revenueFigures, type RevenueBasis } from './revenueFigures';
import { indexView } from './revenueIndex';
import { comparisonTable, indexTable, type TableWords } from './revenueTable';
import { revenueMetrics, revenueSources, revenueVendors, S } from './revenueFixtures.test-util';

const { figures } = revenueFigures(revenueMetrics, revenueSources, revenueVendors);
const basisNames: Record<RevenueBasis, string> = {
  'quarterly-revenue': 'Quarterly revenue',
  'half-year-revenue': 'Half-year revenue',
  'annual-revenue': 'Annual revenue',
  'monthly-revenue': 'Monthly revenue',
  arr: 'Annualised revenue',
  'yoy-growth': 'YoY growth',
};
const w: TableWords = {
  computed: 'computed',
  derivedGrowth: '{prior} ({priorPeriod}) → {current}',
  derivedMultiple: '×{multiple}',
  alsoComputed: 'Computed, {how}: {value}',
  converted: 'As stated',
  sectionUs: 'US',
  sectionCn: 'China',
  sectionOther: 'Other',
  sectionForward: 'Guidance',
  subject: 'Subject',
  vendor: 'Vendor',
  region: 'Region',
  basis: 'Basis',
  period: 'Period',
  value: 'Value',
  stated: 'As stated',
  kind: 'Kind',
  derived: 'Derived',
  inChart: 'In the chart',
  source: 'Source',
  index: 'Index',
  regionNames: { us: 'US', cn: 'China' },
  basisNames,
  shownYes: 'drawn',
  shownTooltip: 'in the tooltip',
  shownOtherBasis: 'other basis',
  shownOtherPeriod: 'other period',
  shownNotChosen: 'not chosen',
  shownThinned: 'thinned',
  shownOnePeriod: 'one period',
};
const units = { lang: 'en' as const, currency: 'USD' as const, cnyPerUsd: 7.2 };
const label = (s: string) => figures.find((f) => f.series === s)!.subject.en;
const vendor = (id: string | null) => (id ? (revenueVendors.get(id)?.name.en ?? id) : '—');

describe('comparisonTable: every figure of the mode, and where it is', () => {
  it('lists the computed growth as its own row, in the stated figure’s tooltip', () => {
    const c = compare(figures, 'growth', ALL_COMPANIES);
    const family = figures.filter((f) => familyBases('growth').includes(f.basis));
    const t = comparisonTable(
      family,
      c,
      c.rows.map((f) => f.id),
      label,
      vendor,
      () => true,
      units,
      w,
    );
    const google = t.rows.filter((r) => r.subject === 'Google Cloud');
    expect(google).toEqual([
      expect.objectContaining({ value: '≈+35%', inChart: 'drawn', derived: '—', kind: 'reported' }),
      expect.objectContaining({ value: '+34.98%', inChart: 'in the tooltip', derived: '$8.411B (Q3 2023) → $11.35B' }),
    ]);
    expect(t.rows.find((r) => r.subject === 'Azure cloud')).toMatchObject({ value: '+35%–+36%', kind: 'guidance' });
    // The CSV: a growth in percent, a range by its ends; the computed one as the number it comes to.
    expect(csvFigure(t.rows.find((r) => r.subject === 'Azure cloud')!)).toMatchObject({
      value: null,
      low: 35,
      high: 36,
      bound: 'range',
      unit: 'percent',
      currency: null,
      kind: 'guidance',
    });
    expect(csvFigure(google[1]!).value).toBeCloseTo(34.98, 2);
    expect(csvFigure(google[1]!)).toMatchObject({ unit: 'percent', period: '2024-Q3' });
  });
  it('keeps what the chart leaves out, with the reason', () => {
    const sel = presetSelection('four-clouds', figures);
    const c = compare(figures, 'money', sel);
    const family = figures.filter((f) => familyBases('money').includes(f.basis));
    const t = comparisonTable(
      family,
      c,
      c.rows.map((f) => f.id),
      label,
      vendor,
      (s) => isChosen(sel, s),
      units,
      w,
    );
    expect(t.rows).toHaveLength(family.length);
    const where = Object.fromEntries(t.rows.map((r) => [`${r.subject} ${r.period}`, r.inChart]));
    expect(where).toMatchObject({
      'Google Cloud Q3 2024': 'drawn',
      'Google Cloud Q3 2023': 'other period',
      'OpenAI 2024': 'not chosen',
      'Baidu AI Cloud Q3 2024': 'drawn',
    });
    expect(t.rows.find((r) => r.subject === 'Baidu AI Cloud')).toMatchObject({ value: '$680.6M', stated: 'CN¥4.9B' });
    // The CSV: the figure as stated, in its own currency and unit, not the converted text.
    expect(csvFigure(t.rows.find((r) => r.subject === 'Baidu AI Cloud')!)).toEqual({
      value: 4.9e9,
      low: null,
      high: null,
      bound: 'exact',
      unit: 'currency',
      currency: 'CNY',
      period: '2024-Q3',
      kind: 'reported',
    });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['period', 'value', 'stated', 'kind']);
    // Drawn rows come first, in the chart's order.
    expect(t.rows.slice(0, 4).every((r) => r.inChart === 'drawn')).toBe(true);
  });
  it('says "other basis" of a chosen company’s figure on another basis', () => {
    const c = compare(figures, 'money', ALL_COMPANIES);
    const family = figures.filter((f) => familyBases('money').includes(f.basis));
    const t = comparisonTable(
      family,
      c,
      c.rows.map((f) => f.id),
      label,
      vendor,
      () => true,
      units,
      w,
    );
    expect(t.rows.find((r) => r.subject === 'OpenAI')).toMatchObject({
      inChart: 'other basis',
      basis: 'Annual revenue',
    });
  });
});

describe('indexTable', () => {
  it('lists the index points, then the companies with one period', () => {
    const t = indexTable(indexView(figures, ALL_COMPANIES), label, units, w);
    expect(t.rows.slice(0, 2)).toEqual([
      expect.objectContaining({ subject: 'Google Cloud', period: 'Q3 2023', index: '100', stated: '$8.411B' }),
      expect.objectContaining({ subject: 'Google Cloud', period: 'Q3 2024', index: '135', stated: '$11.35B' }),
    ]);
    // The CSV: the index as a number (unit index), its period as data.
    expect(csvFigure(t.rows[1]!)).toMatchObject({ bound: 'exact', unit: 'index', currency: null, period: '2024-Q3' });
    expect(csvFigure(t.rows[1]!).value).toBeCloseTo(134.98, 1);
    expect(
      t.rows
        .filter((r) => r.inChart === 'one period')
        .map((r) => r.subject)
        .sort(),
    ).toEqual([S.alibaba, S.azure, S.baidu].map(label).sort());
  });
});
