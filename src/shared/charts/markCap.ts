/**
 * Caps on how many marks a chart draws, so a panel stays under ~3,000 SVG
 * elements however much data is added (bench budget). The chart is thinned,
 * the panel says so (ThinnedNote), and its table still lists every row.
 */
export interface Capped<T> {
  shown: T[];
  total: number;
  thinned: boolean;
}

/** The first `cap` items in the given order: callers sort by importance (largest first). */
export function capTop<T>(items: readonly T[], cap: number): Capped<T> {
  if (!(cap >= 1)) throw new RangeError('cap must be at least 1');
  return items.length <= cap
    ? { shown: [...items], total: items.length, thinned: false }
    : { shown: items.slice(0, cap), total: items.length, thinned: true };
}

/**
 * At most `cap` items spread evenly over the given order (timelines sorted by
 * date): the first and the last are always kept, so the span stays true.
 */
export function capEven<T>(items: readonly T[], cap: number): Capped<T> {
  if (!(cap >= 1)) throw new RangeError('cap must be at least 1');
  const n = items.length;
  if (n <= cap) return { shown: [...items], total: n, thinned: false };
  if (cap === 1) return { shown: [items[0]!], total: n, thinned: true };
  const shown: T[] = [];
  for (let k = 0; k < cap; k++) shown.push(items[Math.round((k * (n - 1)) / (cap - 1))]!);
  return { shown, total: n, thinned: true };
}

/** Sum of several caps' counts, for one note over a panel with several charts. */
export function cappedTotals(...caps: Capped<unknown>[]): { shown: number; total: number; thinned: boolean } {
  return {
    shown: caps.reduce((s, c) => s + c.shown.length, 0),
    total: caps.reduce((s, c) => s + c.total, 0),
    thinned: caps.some((c) => c.thinned),
  };
}
