/*
 * Axis domains of the slice's other charts (reach, pricing, revenue against
 * loss). The revenue comparison has its own model (revenueFigures,
 * revenueCompare, revenueIndex, revenueMarks, revenueTable) and takes its
 * ticks from shared/charts/ticks.
 */

/** A log axis domain of whole powers of ten around positive values, starting below the smallest. */
export function logDomain(values: readonly number[]): [number, number] {
  const pos = values.filter((v) => v > 0);
  if (pos.length === 0) return [1, 10];
  // Start a little below the smallest value, so its bar (or lower-bound marker) has length.
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...pos)) - 0.15));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...pos))));
  return [lo, hi === lo ? hi * 10 : hi];
}

/** A round step for about `n` ticks over `span`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, n = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / n;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

/** A linear domain from 0 (or below, for declines) to a round value a little past the largest one. */
export function linearDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const step = niceStep(hi - lo);
  const top = hi > 0 ? Math.ceil((hi * 1.04) / step) * step : step;
  const bottom = lo < 0 ? Math.floor((lo * 1.04) / step) * step : 0;
  return [bottom, top];
}
