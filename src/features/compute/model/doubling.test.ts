import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import type { Claim } from '../../../shared/api/contract';
import { dataset } from '../../../../data';
import {
  DOUBLING_CURVE_CAP,
  defaultBaseYear,
  doublingCurves,
  doublingTable,
  impliedMultiple,
  indexAt,
  indexTicks,
  monthsSince,
  sampleCurves,
  sampleTimes,
  shownCurves,
  spanMultiples,
  spanYears,
} from './doubling';

const words = {
  every: '2× every {n} months',
  everyAtLeast: '≥2× every {n} months',
  formula: '2^({m}/{d})',
  at: '{date}, 1 Jan {base} = 1',
};

const claim = (over: Partial<Claim>): Claim => ({
  id: 'c',
  topic: 'compute',
  vendorIds: [],
  speaker: { en: 'Someone', zh: '某人' },
  date: null,
  statement: { en: 'A statement.', zh: '一句话。' },
  quantity: null,
  sourceId: 's-x',
  ...over,
});

const claims: Claim[] = [
  claim({
    id: 'huang',
    date: '2024',
    vendorIds: ['nvidia'],
    speaker: { en: 'Jensen Huang', zh: '黄仁勋' },
    quantity: { doublingMonths: 24, bound: 'at-least' },
    sourceId: 's-huang',
  }),
  claim({
    id: 'altman',
    date: '2023',
    vendorIds: ['openai'],
    speaker: { en: 'Sam Altman', zh: '奥特曼' },
    quantity: { doublingMonths: 18, bound: 'exact' },
    sourceId: 's-altman',
  }),
  claim({ id: 'no-rate', quantity: { count: 5 } }),
  claim({ id: 'other-topic', topic: 'market', quantity: { doublingMonths: 12 } }),
];

describe('indexAt / impliedMultiple', () => {
  it('doubles once per period', () => {
    expect(indexAt(0, 18)).toBe(1);
    expect(indexAt(18, 18)).toBe(2);
    expect(indexAt(-24, 24)).toBe(0.5);
  });
  it('gives the article-level multiples', () => {
    expect(impliedMultiple(5, 18)).toBeCloseTo(10.08, 2);
    expect(impliedMultiple(4, 24)).toBe(4);
  });
  it('rejects a non-positive period', () => {
    expect(() => indexAt(12, 0)).toThrow(RangeError);
  });
});

describe('monthsSince', () => {
  it('counts calendar months from 1 January of the base year', () => {
    expect(monthsSince(2023, Date.UTC(2023, 0, 1))).toBe(0);
    expect(monthsSince(2023, Date.UTC(2024, 2, 1))).toBe(14);
    expect(monthsSince(2024, Date.UTC(2023, 0, 1))).toBe(-12);
    expect(monthsSince(2025, Date.UTC(2025, 11, 31))).toBeCloseTo(11 + 30 / 31, 10);
  });
});

describe('doublingCurves', () => {
  const curves = doublingCurves(claims, 'en', () => 'claim', words);
  it('keeps compute claims with a doubling period, in date order', () => {
    expect(curves.map((c) => c.claimId)).toEqual(['altman', 'huang']);
  });
  it('reads "more than" as a lower bound and labels it', () => {
    expect(curves[0]!.atLeast).toBe(false);
    expect(curves[1]!.atLeast).toBe(true);
    expect(curves[1]!.label).toBe('Jensen Huang, 2024 · ≥2× every 24 months');
  });
  it('picks the earliest claim year as base, inside the range', () => {
    expect(defaultBaseYear(curves, 2019, 2025)).toBe(2023);
    expect(defaultBaseYear(curves, 2024, 2025)).toBe(2024);
    expect(defaultBaseYear(curves, 2019, 2021)).toBe(2021);
    expect(defaultBaseYear([], 2019, 2025)).toBe(2019);
  });
});

describe('sampling', () => {
  it('samples monthly over the whole range, last day included', () => {
    const t = sampleTimes(2023, 2024);
    expect(t).toHaveLength(25);
    expect(new Date(t[0]!).toISOString().slice(0, 10)).toBe('2023-01-01');
    expect(new Date(t[24]!).toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(sampleTimes(2023, 2024, 3)).toHaveLength(9);
  });
  it('draws index 1 at the base year and carries a derived tooltip per curve', () => {
    const curves = doublingCurves(claims, 'en', () => 'claim', words);
    const pts = sampleCurves(curves, { from: 2019, to: 2025, baseYear: 2023, lang: 'en', words });
    const base = pts.find((p) => p.x === Date.UTC(2023, 0, 1))!;
    expect(base.index).toEqual({ altman: 1, huang: 1 });
    const later = pts.find((p) => p.x === Date.UTC(2024, 6, 1))!;
    expect(later.index.altman).toBe(2);
    expect(later.tips).toHaveLength(2);
    expect(later.tips[0]).toMatchObject({ value: '2×', kind: 'claim', sourceId: 's-altman', derived: '2^(18/18)' });
    expect(later.tips[1]!.value.startsWith('≥ ')).toBe(true);
    const end = pts[pts.length - 1]!;
    expect(end.index.huang).toBeCloseTo(impliedMultiple(3, 24), 2);
  });
});

describe('spans and ticks', () => {
  it('measures the span from the base year to the end of the range', () => {
    expect(spanYears(2021, 2025)).toBe(5);
    const curves = doublingCurves(claims, 'en', () => 'claim', words);
    const m = spanMultiples(curves, 2021, 2025);
    expect(m[0]!.multiple).toBeCloseTo(10.08, 2);
    expect(m[1]).toMatchObject({ atLeast: true, years: 5 });
  });
  it('ticks at powers of two covering the data and 1', () => {
    expect(indexTicks(0.25, 3)).toEqual([0.25, 0.5, 1, 2, 4]);
    const many = indexTicks(1 / 1024, 1024);
    expect(many.length).toBeLessThanOrEqual(11);
    expect(many[0]).toBeLessThanOrEqual(1 / 1024);
    expect(many[many.length - 1]).toBeGreaterThanOrEqual(1024);
  });
});

describe('doublingTable', () => {
  it('lists each curve on 1 January of every year and at the range end, with kind and source', () => {
    const curves = doublingCurves(claims, 'en', () => 'claim', words);
    const h = {
      claim: 'Claim',
      date: 'Date',
      index: 'Index',
      doubling: 'Months',
      derived: 'How',
      kind: 'Kind',
      source: 'Source',
    };
    const t = doublingTable(curves, { from: 2023, to: 2025, baseYear: 2023, lang: 'en', words, h });
    expect(t.rows).toHaveLength(2 * 4);
    expect(t.rows[1]).toMatchObject({
      date: 'Jan 1, 2024',
      index: '1.59×',
      doubling: 18,
      kind: 'claim',
      source: 's-altman',
    });
    expect(t.rows[5]!.index).toBe('≥ 1.41×');
    expect(t.columns.find((c) => c.source)?.key).toBe('source');
    // The CSV: the derived multiple as a number (a lower bound where the claim says "at least"), the day as data.
    expect(csvFigure(t.rows[1]!)).toMatchObject({
      bound: 'exact',
      unit: 'multiple',
      period: '2024-01-01',
      kind: 'claim',
    });
    expect(csvFigure(t.rows[1]!).value).toBeCloseTo(2 ** (12 / 18), 10);
    expect(csvFigure(t.rows[5]!)).toMatchObject({ value: null, bound: 'lower', unit: 'multiple' });
    expect(csvFigure(t.rows[5]!).low).toBeCloseTo(Math.SQRT2, 10);
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['date', 'index', 'kind']);
  });
});

describe('shownCurves (mark cap)', () => {
  const kindOf = () => 'reported' as const;
  /** The bench's N× claims: copies 1…n-1 with ids ending `-syn<n>-<k>`, dates and rates kept. */
  const claimsAt = (n: number) => {
    const out = [...dataset.claims];
    for (let k = 1; k < n; k++)
      for (const c of dataset.claims)
        out.push({ ...c, id: `${c.id}-syn${n}-${k}`, vendorIds: c.vendorIds.map((v) => `${v}-syn${n}-${k}`) });
    return doublingCurves(out, 'en', kindOf, words);
  };

  it('leaves the article’s curves untouched', () => {
    const curves = claimsAt(1);
    expect(curves.length).toBeGreaterThan(0);
    expect(shownCurves(curves)).toEqual({ shown: curves, total: curves.length, thinned: false });
  });

  it('caps 100× the curves, spread evenly over the order they were made in', () => {
    const curves = claimsAt(100);
    expect(curves).toHaveLength(100 * claimsAt(1).length);
    const c = shownCurves(curves);
    expect(c.thinned).toBe(true);
    expect(c.total).toBe(curves.length);
    expect(c.shown).toHaveLength(DOUBLING_CURVE_CAP);
    expect(c.shown[0]).toBe(curves[0]);
    expect(c.shown.at(-1)).toBe(curves.at(-1));
    const at = c.shown.map((x) => curves.indexOf(x));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // not just the copies of the first claim: every claim of the article still has a curve
    const real = new Set(claimsAt(1).map((x) => x.claimId));
    expect(new Set(c.shown.map((x) => x.claimId.replace(/-syn\d+-\d+$/, '')))).toEqual(real);
  });

  it('keeps every curve up to the cap; capped to one, the earliest claim', () => {
    const curves = doublingCurves(claims, 'en', kindOf, words);
    expect(shownCurves(curves, 2).thinned).toBe(false);
    expect(shownCurves(curves, 1)).toMatchObject({ total: 2, thinned: true });
    expect(shownCurves(curves, 1).shown.map((x) => x.claimId)).toEqual(['altman']);
  });
});
