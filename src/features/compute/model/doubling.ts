import type { Claim, SourceKind } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/filters/state';
import { formatPartialDate } from '../../../shared/format/number';
import { numberFormat } from '../../../shared/format/intl';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, spanFigure, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { capEven, type Capped } from '../../../shared/charts/markCap';
import { fill } from './sourceKind';

/** A doubling-period claim read as an index curve. */
export interface DoublingCurve {
  claimId: string;
  speaker: string;
  statement: string;
  /** When the claim was made (as precise as the article says), or null. */
  date: string | null;
  doublingMonths: number;
  /** The claim says "more than": the curve is a lower bound. */
  atLeast: boolean;
  vendorIds: string[];
  sourceId: string;
  kind: SourceKind;
  /** Short label for legend and table, e.g. "Sam Altman (OpenAI), 2023 · 2× every 18 months". */
  label: string;
}

export interface DoublingWords {
  /** Template with {n}: "2× every {n} months". */
  every: string;
  /** Template with {n} for lower bounds: "≥2× every {n} months". */
  everyAtLeast: string;
  /** Formula of the derived index, templates {m} and {d}. */
  formula: string;
  /** Template with {date} and {base}: tooltip line. */
  at: string;
}

/** Index after `months` months of doubling every `doublingMonths`: 2^(months / doubling). */
export function indexAt(months: number, doublingMonths: number): number {
  if (!(doublingMonths > 0)) throw new RangeError('doublingMonths must be positive');
  return 2 ** (months / doublingMonths);
}

/** Multiple implied over `years` years: 18-month doubling over 5 years = 2^(60/18) ≈ 10.08×. */
export function impliedMultiple(years: number, doublingMonths: number): number {
  return indexAt(years * 12, doublingMonths);
}

/** Fractional months from 1 January of `baseYear` (UTC) to the instant `ms`. */
export function monthsSince(baseYear: number, ms: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const daysInMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const dayFraction =
    (d.getUTCDate() - 1 + (d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds()) / 86400) / daysInMonth;
  return (y - baseYear) * 12 + m + dayFraction;
}

/** The compute claims that carry a doubling period, in the order they were made (undated last). */
export function doublingCurves(
  claims: readonly Claim[],
  lang: Lang,
  kindOf: (sourceId: string) => SourceKind,
  words: Pick<DoublingWords, 'every' | 'everyAtLeast'>,
): DoublingCurve[] {
  return claims
    .filter(
      (c): c is Claim & { quantity: { doublingMonths: number } } =>
        c.topic === 'compute' && typeof c.quantity?.doublingMonths === 'number',
    )
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id))
    .map((c) => {
      const atLeast = c.quantity.bound === 'at-least';
      const speaker = c.speaker[lang];
      const rate = fill(atLeast ? words.everyAtLeast : words.every, { n: c.quantity.doublingMonths });
      return {
        claimId: c.id,
        speaker,
        statement: c.statement[lang],
        date: c.date,
        doublingMonths: c.quantity.doublingMonths,
        atLeast,
        vendorIds: c.vendorIds,
        sourceId: c.sourceId,
        kind: kindOf(c.sourceId),
        label: `${speaker}${c.date ? `, ${formatPartialDate(c.date, lang)}` : ''} · ${rate}`,
      };
    });
}

/**
 * Most curves drawn. A curve costs ~7 SVG elements (its path, layers and end
 * label), so 12 curves stay near 200 elements; more lines than this are no
 * longer told apart by colour anyway. The article has 2: it is never thinned.
 */
export const DOUBLING_CURVE_CAP = 12;

/**
 * The curves drawn: all up to the cap, else `cap` curves spread evenly over the
 * order they were made in (the earliest and the latest kept), so the chart
 * keeps the range of claims rather than the first few. The table keeps all.
 */
export function shownCurves(curves: readonly DoublingCurve[], cap = DOUBLING_CURVE_CAP): Capped<DoublingCurve> {
  return capEven(curves, cap);
}

/** Default base year: the year the earliest claim was made, kept inside the shown range. */
export function defaultBaseYear(curves: readonly DoublingCurve[], from: number, to: number): number {
  const years = curves.map((c) => (c.date ? Number(c.date.slice(0, 4)) : NaN)).filter((y) => Number.isFinite(y));
  const y = years.length > 0 ? Math.min(...years) : from;
  return Math.min(to, Math.max(from, y));
}

/** Whole years from 1 January of the base year to the end of the range (31 December of `to`). */
export function spanYears(baseYear: number, to: number): number {
  return to + 1 - baseYear;
}

export interface CurvePoint {
  /** ms of the sample (first day of a month, or the range's last day). */
  x: number;
  /** Months since the base (fractional at the range's last day). */
  months: number;
  /** Index per claim id. */
  index: Record<string, number>;
  tips: TipInfo[];
}

/** Samples every `stepMonths` months from 1 Jan `from` to 31 Dec `to` (the last day included). */
export function sampleTimes(from: number, to: number, stepMonths = 1): number[] {
  if (!(stepMonths >= 1)) throw new RangeError('stepMonths must be at least 1');
  const out: number[] = [];
  for (let k = 0; k < (to - from + 1) * 12; k += stepMonths) out.push(Date.UTC(from, k, 1));
  out.push(Date.UTC(to, 11, 31));
  return out;
}

/** Formats an index or multiple: 10.08 → "10.1", 0.0625 → "0.0625". */
export function formatIndex(v: number, lang: Lang): string {
  return numberFormat(lang, { maximumSignificantDigits: 3 }).format(v);
}

/** The index curves sampled over the range, each point with one tooltip entry per curve. */
export function sampleCurves(
  curves: readonly DoublingCurve[],
  opts: { from: number; to: number; baseYear: number; stepMonths?: number; lang: Lang; words: DoublingWords },
): CurvePoint[] {
  const { from, to, baseYear, stepMonths = 1, lang, words } = opts;
  return sampleTimes(from, to, stepMonths).map((x) => {
    const months = monthsSince(baseYear, x);
    const index: Record<string, number> = {};
    const tips: TipInfo[] = [];
    const d = new Date(x);
    const dateLabel = formatPartialDate(d.toISOString().slice(0, 10), lang);
    for (const c of curves) {
      const v = indexAt(months, c.doublingMonths);
      index[c.claimId] = v;
      tips.push({
        title: c.label,
        value: `${c.atLeast ? '≥ ' : ''}${formatIndex(v, lang)}×`,
        kind: c.kind,
        sourceId: c.sourceId,
        derived: fill(words.formula, { m: formatIndex(Math.round(months * 10) / 10, lang), d: c.doublingMonths }),
        note: fill(words.at, { date: dateLabel, base: baseYear }),
      });
    }
    return { x, months, index, tips };
  });
}

/** Log-axis ticks at powers of two covering [min, max], at most ~8 of them. */
export function indexTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > 0)) return [1];
  const lo = Math.floor(Math.log2(Math.min(min, 1)));
  const hi = Math.ceil(Math.log2(Math.max(max, 1)));
  const step = Math.max(1, Math.ceil((hi - lo) / 8));
  const out: number[] = [];
  let e = lo;
  for (; e < hi; e += step) out.push(2 ** e);
  out.push(2 ** e);
  return out;
}

export interface SpanMultiple {
  claimId: string;
  label: string;
  atLeast: boolean;
  years: number;
  multiple: number;
}

/** What each claim implies from the base year to the end of the range. */
export function spanMultiples(curves: readonly DoublingCurve[], baseYear: number, to: number): SpanMultiple[] {
  const years = spanYears(baseYear, to);
  return curves.map((c) => ({
    claimId: c.claimId,
    label: c.label,
    atLeast: c.atLeast,
    years,
    multiple: impliedMultiple(years, c.doublingMonths),
  }));
}

export interface DoublingTableHeaders {
  claim: string;
  date: string;
  index: string;
  doubling: string;
  derived: string;
  kind: string;
  source: string;
}

/** Table of the chart: each curve's index on 1 January of every year in the range, and at the range's end. */
export function doublingTable(
  curves: readonly DoublingCurve[],
  opts: { from: number; to: number; baseYear: number; lang: Lang; words: DoublingWords; h: DoublingTableHeaders },
): TableSpec {
  const { from, to, baseYear, lang, words, h } = opts;
  const times: number[] = [];
  for (let y = from; y <= to; y++) times.push(Date.UTC(y, 0, 1));
  times.push(Date.UTC(to, 11, 31));
  const rows = curves.flatMap((c) =>
    times.map((x) => {
      const months = monthsSince(baseYear, x);
      const v = indexAt(months, c.doublingMonths);
      const day = new Date(x).toISOString().slice(0, 10);
      return {
        claim: c.label,
        date: formatPartialDate(day, lang),
        index: `${c.atLeast ? '≥ ' : ''}${formatIndex(v, lang)}×`,
        doubling: c.doublingMonths,
        derived: fill(words.formula, { m: formatIndex(Math.round(months * 10) / 10, lang), d: c.doublingMonths }),
        kind: kindLabel(c.kind, lang),
        source: c.sourceId,
        // Derived: the multiple since the base year, a lower bound where the claim says "at least".
        ...figureCells(
          spanFigure(
            { point: v, low: v, high: v, bound: c.atLeast ? 'lower' : 'exact' },
            { unit: 'multiple', currency: null, period: day, kind: c.kind },
          ),
        ),
      };
    }),
  );
  return {
    columns: [
      { key: 'claim', header: h.claim },
      { key: 'date', header: h.date, screenOnly: true },
      { key: 'index', header: h.index, numeric: true, screenOnly: true },
      { key: 'doubling', header: h.doubling, numeric: true },
      { key: 'derived', header: h.derived },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows,
  };
}
