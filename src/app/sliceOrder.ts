import type { RegionFilter } from '../shared/filters/state';

/** The slice the region China puts first: the reader chose China, so the China market leads. */
export const CHINA_SLICE = 'china';

/** The slices in page order for a region: China's slice first with region China, else as given. */
export function sliceOrder<T extends { id: string }>(slices: readonly T[], region: RegionFilter): T[] {
  if (region !== 'cn') return [...slices];
  return [...slices.filter((s) => s.id === CHINA_SLICE), ...slices.filter((s) => s.id !== CHINA_SLICE)];
}

/**
 * The slices mounted so far: the first `count` in the current order, and every
 * one mounted before (a slice never unmounts because the order changed: it
 * would lose its charts and fetch again). Returns `prev` itself when nothing is new.
 */
export function mountedSlices(
  prev: ReadonlySet<string>,
  ordered: readonly string[],
  count: number,
): ReadonlySet<string> {
  const add = ordered.slice(0, count).filter((id) => !prev.has(id));
  return add.length ? new Set([...prev, ...add]) : prev;
}
