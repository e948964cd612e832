import type { Vendor } from '../shared/api/contract';
import type { RegionFilter } from '../shared/filters/state';

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·._-]+/g, '');

/**
 * Vendors matching a search by English name, Chinese name or alias
 * (文心 finds Baidu). Prefix matches first, then substring matches.
 */
export function searchVendors(vendors: readonly Vendor[], query: string): Vendor[] {
  const q = norm(query);
  if (!q) return [...vendors];
  const scored: { v: Vendor; score: number }[] = [];
  for (const v of vendors) {
    const names = [v.name.en, v.name.zh, v.id, ...v.aliases].map(norm);
    const score = names.some((n) => n.startsWith(q)) ? 2 : names.some((n) => n.includes(q)) ? 1 : 0;
    if (score) scored.push({ v, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.v);
}

/** One entry of the vendor picker: greyed out (not selectable) when the chosen region leaves it out. */
export interface PickerOption {
  vendor: Vendor;
  outside: boolean;
}

/**
 * The picker's entries for a search under a region: the vendors in the region
 * first (in search order), then the others, marked `outside`; at most `limit`.
 */
export function pickerOptions(
  vendors: readonly Vendor[],
  query: string,
  region: RegionFilter,
  limit = Infinity,
): PickerOption[] {
  const found = searchVendors(vendors, query).map((vendor) => ({
    vendor,
    outside: region !== 'all' && vendor.region !== region,
  }));
  return [...found.filter((o) => !o.outside), ...found.filter((o) => o.outside)].slice(0, limit);
}
