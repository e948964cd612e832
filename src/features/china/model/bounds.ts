import type { Metric } from '../../../shared/api/contract';

/** The figure a chart places a metric at: the value, the lower bound, or the range's ends. */
export interface Placed {
  /** Where a point mark goes (value, low for "more than", high for "at most", midpoint never). */
  at: number | null;
  low: number | null;
  high: number | null;
  /** Whether the mark must read as a bound (open marker, "≥"/"≤") rather than an exact value. */
  open: boolean;
  isRange: boolean;
}

export function placeMetric(m: Pick<Metric, 'bound' | 'value' | 'low' | 'high'>): Placed {
  switch (m.bound) {
    case 'exact':
    case 'approx':
      return { at: m.value, low: null, high: null, open: false, isRange: false };
    case 'lower':
      return { at: m.low, low: m.low, high: null, open: true, isRange: false };
    case 'upper':
      return { at: m.high, low: null, high: m.high, open: true, isRange: false };
    case 'range':
      return { at: null, low: m.low, high: m.high, open: false, isRange: true };
  }
}

/**
 * A metric's figure as text with its bound: 7.6M, ≈35%, ≥40M, ≤…, 24.5B–25B.
 * `fmt` formats one number (compact, money, percent).
 */
export function boundedText(m: Pick<Metric, 'bound' | 'value' | 'low' | 'high'>, fmt: (n: number) => string): string {
  const p = placeMetric(m);
  if (p.isRange) return p.low !== null && p.high !== null ? `${fmt(p.low)}–${fmt(p.high)}` : '—';
  if (p.at === null) return '—';
  if (m.bound === 'lower') return `≥${fmt(p.at)}`;
  if (m.bound === 'upper') return `≤${fmt(p.at)}`;
  if (m.bound === 'approx') return `≈${fmt(p.at)}`;
  return fmt(p.at);
}
