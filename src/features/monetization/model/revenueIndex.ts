import type { CompareSelection, Count } from './revenueCompare';
import { isChosen } from './revenueCompare';
import { niceStep } from '../../../shared/charts/scale';
import { mapSpan, type Span } from './figures';
import { MONEY_BASES, type RevenueBasis, type RevenueFigure } from './revenueFigures';

/*
 * Indexed means indexed: each company's revenue divided by its own revenue in
 * a base period the reader picks (= 100), over time, on one basis. A company
 * with one period has no line; the panel says so instead of inventing one.
 */

export interface IndexPoint {
  period: string;
  /** Revenue in `period` ÷ revenue in the base period × 100 (a range stays a range). */
  index: Span;
  figure: RevenueFigure;
}

export interface IndexLine {
  series: string;
  /** Chronological; the base period's point is 100. */
  points: IndexPoint[];
}

export interface IndexView {
  /** The basis indexed, or null when no chosen company has two periods on any basis. */
  basis: RevenueBasis | null;
  /** Bases with lines to draw, and how many companies have two or more periods on each. */
  bases: Count<RevenueBasis>[];
  /** The basis's periods, chronological: the x axis and the base periods a reader can pick. */
  periods: string[];
  base: string | null;
  lines: IndexLine[];
  /** Chosen companies with one figure on this basis: no line (named in a note). */
  single: RevenueFigure[];
  /** Companies with two or more periods but no figure in the base period. */
  noBase: string[];
}

function seriesOn(figures: readonly RevenueFigure[], basis: RevenueBasis, sel: CompareSelection) {
  const by = new Map<string, RevenueFigure[]>();
  for (const f of figures) {
    if (f.basis !== basis || !isChosen(sel, f.series)) continue;
    const list = by.get(f.series) ?? [];
    // One figure per period: the first stated (a second one for the same period would be a duplicate).
    if (!list.some((g) => g.period === f.period)) list.push(f);
    by.set(f.series, list);
  }
  for (const list of by.values()) list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return by;
}

/** The index view: on the basis asked for (if it has lines), else the one with the most; base: asked for, else the earliest. */
export function indexView(
  figures: readonly RevenueFigure[],
  sel: CompareSelection,
  want: { basis?: RevenueBasis | null; base?: string | null } = {},
): IndexView {
  const bases = MONEY_BASES.map((b) => ({
    value: b,
    count: [...seriesOn(figures, b, sel).values()].filter((l) => l.length >= 2).length,
  })).filter((c) => c.count > 0);
  const basis =
    bases.find((b) => b.value === want.basis)?.value ?? [...bases].sort((a, b) => b.count - a.count)[0]?.value ?? null;
  if (!basis) {
    const single = MONEY_BASES.flatMap((b) => [...seriesOn(figures, b, sel).values()].map((l) => l[0]!));
    return { basis: null, bases, periods: [], base: null, lines: [], single, noBase: [] };
  }
  const series = seriesOn(figures, basis, sel);
  const multi = [...series.values()].filter((l) => l.length >= 2);
  const periods = [...new Set(multi.flatMap((l) => l.map((f) => f.period)))].sort();
  const base = periods.includes(want.base ?? '') ? want.base! : periods[0]!;
  const lines: IndexLine[] = [];
  const noBase: string[] = [];
  for (const list of multi) {
    const at = list.find((f) => f.period === base);
    if (!at || !(at.span.point > 0)) {
      noBase.push(list[0]!.series);
      continue;
    }
    const points = list
      .filter((f) => f.currency === at.currency)
      .map((f) => ({ period: f.period, index: mapSpan(f.span, (v) => (v / at.span.point) * 100), figure: f }));
    lines.push({ series: list[0]!.series, points });
  }
  const single = [...series.values()].filter((l) => l.length === 1).map((l) => l[0]!);
  return { basis, bases, periods, base, lines, single, noBase };
}

/**
 * The index axis: lines need not start at zero, so it runs from the round tick
 * at or below the smallest index to the one at or above the largest, with 100
 * (the base) always inside; ticks on a 1-2-5 step.
 */
export function indexAxis(values: readonly number[], target = 5): { domain: [number, number]; ticks: number[] } {
  const all = [...values.filter(Number.isFinite), 100];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const step = niceStep(hi > lo ? hi - lo : 20, target);
  const clean = (v: number) => Number(v.toPrecision(12));
  const bottom = clean(Math.floor(clean(lo / step)) * step - (hi > lo ? 0 : step));
  const top = clean(Math.ceil(clean(hi / step)) * step + (hi > lo ? 0 : step));
  const ticks: number[] = [];
  for (let v = bottom; v <= top + step / 1e6; v = clean(v + step)) ticks.push(v);
  return { domain: [bottom, top], ticks };
}
