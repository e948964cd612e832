import type { Currency, Lang } from '../filters/state';
import { formatCompact, formatMoney } from '../format/number';

/*
 * Value axes of every chart: a linear axis from zero with round 1-2-5 ticks
 * (bars may stand on it), or a log axis of whole powers of ten (dots and lines
 * only: a bar's length on a log axis is measured from an arbitrary baseline).
 * Tick labels are in the reader's locale: 10亿 / ¥10亿 in Chinese, 1B / $1B in English.
 */

export interface AxisScale {
  domain: [number, number];
  ticks: number[];
}

/** Removes the float noise of repeated addition (0.30000000000000004 → 0.3). */
const clean = (v: number) => Number(v.toPrecision(12));

/** A round step (1, 2 or 5 times a power of ten) giving at most about `target` intervals over `span`. */
export function niceStep(span: number, target = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return clean((f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag);
}

/**
 * A linear axis that always holds zero (so a bar's length is its value) and
 * ends on a round tick at or past the largest value (or below the smallest
 * negative one). `headroom` (a fraction) keeps room past the largest value.
 */
export function linearScale(values: readonly number[], opts: { target?: number; headroom?: number } = {}): AxisScale {
  const { target = 5, headroom = 0 } = opts;
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite) * (1 + headroom);
  const step = niceStep(hi - lo || 1, target);
  const top = hi > 0 ? Math.ceil(clean(hi / step)) * step : lo < 0 ? 0 : 1;
  const bottom = lo < 0 ? Math.floor(clean(lo / step)) * step : 0;
  const ticks: number[] = [];
  for (let i = 0; clean(bottom + i * step) <= clean(top); i++) ticks.push(clean(bottom + i * step));
  return { domain: [clean(bottom), clean(top)], ticks };
}

/**
 * A log axis domain of whole powers of ten around the positive values:
 * [10^floor(log min − pad), 10^ceil(log max + pad)]. `pad` (in decades) keeps a
 * dot that falls on a power of ten off the frame (1M on a 1M–1B axis is cut in half).
 */
export function logDomain(values: readonly number[], fallback: [number, number] = [1, 10], pad = 0): [number, number] {
  const pos = values.filter((v) => Number.isFinite(v) && v > 0);
  if (pos.length === 0) return fallback;
  const lo = clean(10 ** Math.floor(Math.log10(Math.min(...pos)) - pad + 1e-9));
  const hi = clean(10 ** Math.ceil(Math.log10(Math.max(...pos)) + pad - 1e-9));
  return [lo, hi > lo ? hi : clean(lo * 10)];
}

/**
 * Powers of ten inside a log domain. With more than `max` of them every k-th
 * is kept (counting from the domain's start, the end always kept), so a narrow
 * chart's labels do not run together.
 */
export function logTicks([lo, hi]: [number, number], max = Infinity): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const all: number[] = [];
  for (let e = Math.round(Math.log10(lo)); 10 ** e <= hi * 1.0001; e++) all.push(clean(10 ** e));
  if (all.length <= max || max < 2) return all;
  const k = Math.ceil((all.length - 1) / (max - 1));
  const kept = all.filter((_, i) => i % k === 0);
  if (kept.at(-1) !== all.at(-1)) kept.push(all.at(-1)!);
  return kept;
}

/** Decades a dot plot keeps between its marks and the frame (a dot on a power of ten gets one more decade). */
export const DOT_PAD = 0.05;

/** A log axis: its powers-of-ten domain and ticks (`pad` as in logDomain). */
export function logScale(
  values: readonly number[],
  opts: { max?: number; fallback?: [number, number]; pad?: number } = {},
): AxisScale {
  const domain = logDomain(values, opts.fallback, opts.pad);
  return { domain, ticks: logTicks(domain, opts.max) };
}

/** How many tick intervals fit along `lengthPx` with about `gapPx` between labels (2–8). */
export function tickTarget(lengthPx: number, gapPx = 64): number {
  if (!(lengthPx > 0)) return 5;
  return Math.min(8, Math.max(2, Math.floor(lengthPx / gapPx)));
}

/** Tick labels for counts: 1B / 10亿, 250M / 2.5亿. */
export function countTick(lang: Lang): (v: number) => string {
  return (v) => formatCompact(v, lang, 3);
}

/** Tick labels for money: $1B / US$10亿, ¥10亿. */
export function moneyTick(currency: Currency, lang: Lang): (v: number) => string {
  return (v) => formatMoney(v, currency, lang, 3);
}
