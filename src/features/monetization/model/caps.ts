import { capEven, capTop, type Capped } from '../../../shared/charts/markCap';
import type { Lang } from '../../../shared/filters/state';
import { convertMoney } from '../../../shared/format/currency';
import { spanOf } from './figures';
import type { LossCase } from './loss';
import { orderRows, rankRows, type Orderable, type SortBy } from './revenueCompare';

/*
 * Mark caps of the slice's charts (bench budget: ≤ 3,000 SVG elements a panel
 * at any scale). A horizontal bar costs about 12–15 SVG elements (axis tick,
 * bar group, label, hatch pattern or error bar for some), a chart's frame
 * 70–90. The real data draws at most 7 bars a chart; the caps leave room for
 * several times that and keep a panel at 100× near 500–600 elements (pricing,
 * two charts, near 1,000–1,200), a chart under ~1,800 px tall. The table still
 * lists every row.
 */

/** Revenue growth compared: marks of one basis and period (1× draws 4–5). */
export const REVENUE_BAR_CAP = 40;
/** Revenue against loss: cases (a company's revenue, consumer part and loss: up to 3 bars each; 1× has 1). */
export const LOSS_CASE_CAP = 12;
/** Reach: bars (1× draws 3). */
export const REACH_BAR_CAP = 40;
/** Pricing, subscriptions chart: priced tiers (1× draws 2). */
export const SUBSCRIPTION_BAR_CAP = 40;
/** Pricing, API chart: models, two bars each (input, output; 1× has 2). */
export const API_ROW_CAP = 20;

/**
 * The revenue marks the chart draws: the first `cap` of the reader's order
 * (largest value first, or by name) over all sections, then shown in the
 * chart's order (results before guidance and forecasts; US, China when
 * `groupByRegion`). Under the cap this is exactly `orderRows(rows, by, groupByRegion, lang)`.
 */
export function capRevenueBars<T extends Orderable>(
  rows: readonly T[],
  by: SortBy,
  groupByRegion: boolean,
  lang: Lang,
  cap = REVENUE_BAR_CAP,
): Capped<T> {
  const capped = capTop(rankRows(rows, by, lang), cap);
  return { ...capped, shown: orderRows(capped.shown, by, groupByRegion, lang) };
}

/** A case's loss in USD, for ranking cases stated in different currencies; −∞ without a figure. */
function lossInUsd(c: LossCase, cnyPerUsd: number): number {
  const s = spanOf(c.loss);
  return s && c.loss.currency ? convertMoney(s.point, c.loss.currency, 'USD', cnyPerUsd) : -Infinity;
}

/**
 * The loss cases the chart draws, whole cases only (a company's revenue is never
 * drawn without its loss). Over the cap: the largest losses (the panel's
 * subject), largest first; under it, every case in the given order.
 */
export function capLossCases(cases: readonly LossCase[], cnyPerUsd: number, cap = LOSS_CASE_CAP): Capped<LossCase> {
  if (cases.length <= cap) return capTop(cases, cap);
  const ranked = cases
    .map((c) => ({ c, loss: lossInUsd(c, cnyPerUsd) }))
    .sort((a, b) => b.loss - a.loss)
    .map((x) => x.c);
  return capTop(ranked, cap);
}

/** Reach bars, largest first: the order the chart and its table read in. */
export function byReach<T extends { value: number }>(bars: readonly T[]): T[] {
  return [...bars].sort((a, b) => b.value - a.value);
}

/** The reach bars the chart draws: the largest `cap` counts. */
export function capReachBars<T extends { value: number }>(bars: readonly T[], cap = REACH_BAR_CAP): Capped<T> {
  return capTop(byReach(bars), cap);
}

/**
 * The subscription tiers the chart draws: the first `cap` of the ladder, in the
 * article's order (the chart is a ladder, not a ranking).
 */
export function capSubscriptionBars<T>(priced: readonly T[], cap = SUBSCRIPTION_BAR_CAP): Capped<T> {
  return capTop(priced, cap);
}

/**
 * The API prices the chart draws: spread evenly over the existing order
 * (cheapest input first), so the cheapest and the dearest model and the range
 * between stay on the chart.
 */
export function capApiRows<T>(rows: readonly T[], cap = API_ROW_CAP): Capped<T> {
  return capEven(rows, cap);
}
