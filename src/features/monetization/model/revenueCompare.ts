import type { Region } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/filters/state';
import { collator } from '../../../shared/format/intl';
import {
  MONEY_BASES,
  inPeriod,
  isQuarterUnstated,
  isResult,
  type RevenueBasis,
  type RevenueFigure,
} from './revenueFigures';

/*
 * What the comparison shows: the companies the reader picked, on one basis,
 * in one period, and what it leaves out and why. Pure: the panel keeps the
 * reader's choices (basis, period, companies) and asks these functions.
 */

/** One line of the company list: a company segment (Google Cloud, Alibaba Cloud AI products). */
export interface Company {
  series: string;
  vendorId: string | null;
  region: Region | null;
  label: string;
}

const REGION_ORDER: Record<string, number> = { us: 0, cn: 1 };
const regionRank = (r: Region | null) => REGION_ORDER[r ?? ''] ?? 2;

/**
 * The companies of the figures, US first, then China, each by name. A label
 * two segments share gets its vendor's name (synthetic copies of a segment).
 */
export function companies(
  figures: readonly RevenueFigure[],
  lang: Lang,
  vendorName: (vendorId: string) => string | undefined,
): Company[] {
  const bySeries = new Map<string, Company>();
  for (const f of figures)
    if (!bySeries.has(f.series))
      bySeries.set(f.series, { series: f.series, vendorId: f.vendorId, region: f.region, label: f.subject[lang] });
  const list = [...bySeries.values()];
  const count = new Map<string, number>();
  for (const c of list) count.set(c.label, (count.get(c.label) ?? 0) + 1);
  for (const c of list)
    if ((count.get(c.label) ?? 0) > 1) c.label = `${c.label} (${(c.vendorId && vendorName(c.vendorId)) ?? '—'})`;
  const byName = collator(lang);
  return list.sort((a, b) => regionRank(a.region) - regionRank(b.region) || byName.compare(a.label, b.label));
}

/** The four clouds of the article's comparison, by vendor id (data/vendors.json). */
export const FOUR_CLOUD_VENDORS = ['microsoft', 'google', 'alibaba', 'baidu'] as const;

export type ComparePreset = 'all' | 'four-clouds' | 'us-vs-china';

/**
 * The segment that stands for a vendor: one whose revenue amount the article
 * states (Alibaba Cloud, not "Alibaba Cloud AI-related products", which has a
 * growth only), else its first; null when the vendor has none.
 */
export function mainSeries(figures: readonly RevenueFigure[], vendorId: string): string | null {
  const own = figures.filter((f) => f.vendorId === vendorId);
  return (own.find((f) => f.basis !== 'yoy-growth') ?? own[0])?.series ?? null;
}

/** The reader's comparison: the chosen companies (null: all there are) and whether rows group by region. */
export interface CompareSelection {
  selected: readonly string[] | null;
  groupByRegion: boolean;
}

export const ALL_COMPANIES: CompareSelection = { selected: null, groupByRegion: false };

/** What a one-click preset chooses. "US vs China" takes every US and Chinese company and groups them by region. */
export function presetSelection(preset: ComparePreset, figures: readonly RevenueFigure[]): CompareSelection {
  switch (preset) {
    case 'all':
      return ALL_COMPANIES;
    case 'four-clouds':
      return {
        selected: FOUR_CLOUD_VENDORS.map((v) => mainSeries(figures, v)).filter((s): s is string => s !== null),
        groupByRegion: false,
      };
    case 'us-vs-china':
      return {
        selected: [...new Set(figures.filter((f) => f.region === 'us' || f.region === 'cn').map((f) => f.series))],
        groupByRegion: true,
      };
  }
}

/** The preset the selection equals, if any (its button shows as pressed). */
export function activePreset(sel: CompareSelection, figures: readonly RevenueFigure[]): ComparePreset | null {
  const same = (a: CompareSelection, b: CompareSelection) =>
    a.groupByRegion === b.groupByRegion &&
    (a.selected === null || b.selected === null
      ? a.selected === b.selected
      : a.selected.length === b.selected.length && a.selected.every((s) => b.selected!.includes(s)));
  return (['all', 'four-clouds', 'us-vs-china'] as const).find((p) => same(sel, presetSelection(p, figures))) ?? null;
}

/** Ticks or unticks one company. From "all" it means all but this one; back to all, it is "all" again. */
export function toggleCompany(sel: CompareSelection, all: readonly string[], series: string): CompareSelection {
  const current = sel.selected ?? all;
  const next = current.includes(series) ? current.filter((s) => s !== series) : [...current, series];
  const everyOne = all.every((s) => next.includes(s));
  return { ...sel, selected: everyOne ? null : next };
}

/** Whether a company is in the comparison. */
export function isChosen(sel: CompareSelection, series: string): boolean {
  return sel.selected === null || sel.selected.includes(series);
}

/** The figure families a mode compares: growth rates, or money amounts. */
export type Family = 'growth' | 'money';
export const familyBases = (family: Family): readonly RevenueBasis[] =>
  family === 'growth' ? ['yoy-growth'] : MONEY_BASES;

export interface Count<T> {
  value: T;
  count: number;
}

/** The bases of a family that the chosen companies have figures on, in the family's order, with counts. */
export function basesWithFigures(
  figures: readonly RevenueFigure[],
  family: Family,
  sel: CompareSelection,
): Count<RevenueBasis>[] {
  return familyBases(family)
    .map((b) => ({ value: b, count: figures.filter((f) => f.basis === b && isChosen(sel, f.series)).length }))
    .filter((c) => c.count > 0);
}

/**
 * The periods of a basis the chosen companies have figures in: most figures
 * first, then the latest. A quarter the article does not name counts with the
 * named quarters of its year (and is offered alone only where its year has none).
 */
export function periodsWithFigures(
  figures: readonly RevenueFigure[],
  basis: RevenueBasis,
  sel: CompareSelection,
): Count<string>[] {
  const on = figures.filter((f) => f.basis === basis && isChosen(sel, f.series));
  const named = new Set(on.map((f) => f.period).filter((p) => !isQuarterUnstated(p)));
  const offered = [...new Set(on.map((f) => f.period))].filter(
    (p) => !isQuarterUnstated(p) || ![...named].some((q) => inPeriod(p, q)),
  );
  return offered
    .map((value) => ({ value, count: on.filter((f) => inPeriod(f.period, value)).length }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
}

/** Figures a comparison leaves out, by why: another basis, or another period of the same basis. */
export type LeftOut =
  | { reason: 'basis'; basis: RevenueBasis; figures: RevenueFigure[] }
  | { reason: 'period'; period: string; figures: RevenueFigure[] };

export interface Comparison {
  basis: RevenueBasis | null;
  period: string | null;
  /** The figures drawn: one basis, one period, chosen companies. */
  rows: RevenueFigure[];
  /** The chosen companies' figures of the family that are not drawn, and why. */
  leftOut: LeftOut[];
  /** Chosen companies with no figure of this family at all (OpenAI has no growth rate). */
  without: string[];
  /** Figures on this basis and period of companies the reader did not choose. */
  unchosen: number;
}

/**
 * The comparison for a family: the basis and period asked for where the chosen
 * companies have figures there, else the basis with the most figures and its
 * period with the most figures (the latest on a tie).
 */
export function compare(
  figures: readonly RevenueFigure[],
  family: Family,
  sel: CompareSelection,
  want: { basis?: RevenueBasis | null; period?: string | null } = {},
): Comparison {
  const bases = basesWithFigures(figures, family, sel);
  const basis =
    bases.find((b) => b.value === want.basis)?.value ?? [...bases].sort((a, b) => b.count - a.count)[0]?.value ?? null;
  const periods = basis ? periodsWithFigures(figures, basis, sel) : [];
  const period = periods.find((p) => p.value === want.period)?.value ?? periods[0]?.value ?? null;
  const inFamily = figures.filter((f) => familyBases(family).includes(f.basis));
  const chosen = inFamily.filter((f) => isChosen(sel, f.series));
  const rows = chosen.filter((f) => f.basis === basis && period !== null && inPeriod(f.period, period));
  const leftOut: LeftOut[] = [];
  for (const b of familyBases(family)) {
    if (b === basis) continue;
    const out = chosen.filter((f) => f.basis === b);
    if (out.length > 0) leftOut.push({ reason: 'basis', basis: b, figures: out });
  }
  const drawn = new Set(rows);
  const otherPeriods = new Map<string, RevenueFigure[]>();
  for (const f of chosen)
    if (f.basis === basis && !drawn.has(f)) {
      const list = otherPeriods.get(f.period) ?? [];
      list.push(f);
      otherPeriods.set(f.period, list);
    }
  for (const [p, out] of [...otherPeriods].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)))
    leftOut.push({ reason: 'period', period: p, figures: out });
  const withFigures = new Set(inFamily.map((f) => f.series));
  const without = [...new Set(figures.filter((f) => isChosen(sel, f.series)).map((f) => f.series))].filter(
    (s) => !withFigures.has(s),
  );
  const unchosen = inFamily.filter(
    (f) => f.basis === basis && period !== null && inPeriod(f.period, period) && !isChosen(sel, f.series),
  ).length;
  return { basis, period, rows, leftOut, without, unchosen };
}

export type SortBy = 'value' | 'name';

/** What ordering needs of a row. */
export interface Orderable {
  key: string;
  value: number;
  label: string;
  region: Region | null;
  /** Guidance, a forecast, a target or a claim: not a result. */
  forward: boolean;
}

export type Section = 'us' | 'cn' | 'other' | 'forward';

/** Which section a row sits in: results (by region when grouped) first, guidance and forecasts after, apart. */
export function sectionOf(row: Pick<Orderable, 'region' | 'forward'>, groupByRegion: boolean): Section | null {
  if (row.forward) return 'forward';
  if (!groupByRegion) return null;
  return row.region === 'us' ? 'us' : row.region === 'cn' ? 'cn' : 'other';
}

const SECTION_ORDER: Record<string, number> = { us: 0, cn: 1, other: 2, forward: 3 };

/** Value (largest first) or name, then key: the order within a section, and the ranking a cap keeps the top of. */
function byValueOrName<T extends Orderable>(by: SortBy, lang: Lang): (a: T, b: T) => number {
  const byName = collator(lang);
  return (a, b) => {
    if (by === 'value' && a.value !== b.value) return b.value - a.value;
    return byName.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  };
}

/** Rows by value or name, sections ignored. */
export function rankRows<T extends Orderable>(rows: readonly T[], by: SortBy, lang: Lang): T[] {
  return [...rows].sort(byValueOrName(by, lang));
}

/**
 * The chart's order: results before guidance and forecasts (which are never
 * set among the results as if equal), US before China when grouped, then by
 * value (largest first) or by name.
 */
export function orderRows<T extends Orderable>(
  rows: readonly T[],
  by: SortBy,
  groupByRegion: boolean,
  lang: Lang,
): T[] {
  const within = byValueOrName<T>(by, lang);
  const rank = (r: T) => SECTION_ORDER[sectionOf(r, groupByRegion) ?? ''] ?? -1;
  return [...rows].sort((a, b) => rank(a) - rank(b) || within(a, b));
}

/** Whether a figure is forward-looking (guidance, forecast, target, claim) rather than a result. */
export const isForward = (f: Pick<RevenueFigure, 'kind'>) => !isResult(f.kind);
