import type { Bound, Metric } from '../../../shared/api/contract';
import type { Currency } from '../../../shared/filters/state';

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

/**
 * Converts an amount between USD and CNY at `cnyPerUsd` (the reader's setting,
 * not a figure from the article).
 */
export function convertMoney(amount: number, from: Currency, to: Currency, cnyPerUsd: number): number {
  if (!(cnyPerUsd > 0) || !Number.isFinite(cnyPerUsd)) throw new RangeError('the rate must be a positive number');
  if (from === to) return amount;
  return from === 'USD' ? amount * cnyPerUsd : amount / cnyPerUsd;
}

export const RATE_MIN = 0.01;
export const RATE_MAX = 999;

/**
 * Reads the CNY-per-USD rate a reader typed. Accepts `7.2`, `7,2`, `7.1234`;
 * returns null for anything else (empty, zero, negative, not a number, more
 * than 4 decimals — the URL keeps at most 4 — or outside 0.01–999).
 */
export function parseRate(input: string): number | null {
  const s = input.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(s)) return null;
  const n = Number(s);
  return n >= RATE_MIN && n <= RATE_MAX ? n : null;
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
