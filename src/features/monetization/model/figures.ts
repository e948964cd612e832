import type { Bound, Metric } from '../../../shared/api/contract';

/**
 * A figure as the article states it, reduced to numbers a chart can draw:
 * `point` is where a bar ends, `low`/`high` the stated range (equal for a
 * single value), `open` marks a lower bound ("more than": no upper end).
 */
export interface Span {
  point: number;
  low: number;
  high: number;
  bound: Bound;
}

/** The numbers of a metric, or null when the metric carries none it can draw. */
export function spanOf(m: Pick<Metric, 'value' | 'low' | 'high' | 'bound'>): Span | null {
  switch (m.bound) {
    case 'exact':
    case 'approx':
      return m.value === null ? null : { point: m.value, low: m.value, high: m.value, bound: m.bound };
    case 'range':
      if (m.low === null || m.high === null) return null;
      return { point: (m.low + m.high) / 2, low: m.low, high: m.high, bound: 'range' };
    case 'lower':
      return m.low === null ? null : { point: m.low, low: m.low, high: m.low, bound: 'lower' };
    case 'upper':
      return m.high === null ? null : { point: m.high, low: m.high, high: m.high, bound: 'upper' };
  }
}

/** Applies a function to every number of a span (conversion, indexing); keeps the bound. */
export function mapSpan(s: Span, f: (n: number) => number): Span {
  const a = f(s.low);
  const b = f(s.high);
  return { point: f(s.point), low: Math.min(a, b), high: Math.max(a, b), bound: s.bound };
}

/** A range is drawn as a range: the half-widths below and above the point, for an error bar. */
export function errorOf(s: Span): [number, number] | null {
  if (s.bound !== 'range' || s.low === s.high) return null;
  return [s.point - s.low, s.high - s.point];
}

/** Growth in percent from a prior to a current value: 8.411 → 11.353 is +34.98 %. */
export function growthPct(prior: number, current: number): number {
  if (!(prior > 0) || !Number.isFinite(current)) throw new RangeError('growth needs a positive prior value');
  return (current / prior - 1) * 100;
}

/** Index with the prior period at 100: a growth of 35 % is 135. */
export function indexFromGrowth(growthPercent: number): number {
  return 100 + growthPercent;
}

/** Growth in percent implied by a multiple: doubling (×2) is +100 %. */
export function growthFromMultiple(multiple: number): number {
  return (multiple - 1) * 100;
}

/** A span as text: ≈35 %, 35–36 %, ≥1M, with the unit formatter given. */
export function formatSpan(s: Span, f: (n: number) => string): string {
  switch (s.bound) {
    case 'exact':
      return f(s.point);
    case 'approx':
      return `≈${f(s.point)}`;
    case 'range':
      return `${f(s.low)}–${f(s.high)}`;
    case 'lower':
      return `≥${f(s.low)}`;
    case 'upper':
      return `≤${f(s.high)}`;
  }
}
