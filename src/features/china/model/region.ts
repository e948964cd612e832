import type { ListFilters, RegionFilter } from '../../../shared/filters/state';

/**
 * The China slice is about Chinese vendors: its own queries always carry
 * `region: 'cn'`. The shared region filter still counts: 'all' and 'cn' leave
 * the slice as it is; 'us' excludes every Chinese vendor, so the panels show
 * an honest empty state (and the slice says why) instead of ignoring it.
 */
export function regionExcludesChina(region: RegionFilter): boolean {
  return region === 'us';
}

/** The panel's own API filters: the shared ones (vendor, time) with the region pinned to China. */
export function chinaFilters(shared: ListFilters): ListFilters {
  return { ...shared, region: 'cn' };
}

/**
 * Filters for a comparison outside China (the cloud panel's US clouds): the
 * given vendors, narrowed by the shared vendor filter when one is set. Null
 * when the shared vendor filter leaves none of them (nothing to ask for).
 */
export function comparisonFilters(
  shared: ListFilters,
  vendors: readonly string[],
  region: 'us' | 'cn',
): ListFilters | null {
  const picked = shared.vendor ? vendors.filter((v) => shared.vendor!.includes(v)) : [...vendors];
  if (picked.length === 0) return null;
  const out: ListFilters = { vendor: picked.sort(), region };
  if (shared.from) out.from = shared.from;
  if (shared.to) out.to = shared.to;
  return out;
}
