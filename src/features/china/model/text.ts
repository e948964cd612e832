/** The shared template filler, re-exported for the slice's models and panels. */
export { fill } from '../../../shared/i18n/fill';

/** A log axis domain from powers of ten around the data, [10^floor(log min), 10^ceil(log max)]. */
export function logDomain(values: readonly number[], fallback: [number, number] = [1, 10]): [number, number] {
  const pos = values.filter((v) => Number.isFinite(v) && v > 0);
  if (pos.length === 0) return fallback;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...pos)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...pos)));
  if (hi <= lo) hi = lo * 10;
  return [lo, hi];
}

/** Powers of ten inside a log domain, for its ticks. */
export function logTicks([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); 10 ** e <= hi * 1.0001; e++) out.push(10 ** e);
  return out;
}
