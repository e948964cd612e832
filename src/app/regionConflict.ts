import { fill } from '../shared/i18n/fill';
import { FILTER_TEXT, regionName, vendorList } from '../shared/filters/filterText';
import type { Lang, RegionFilter } from '../shared/filters/state';

/** Chosen vendors that the chosen region leaves out. */
export interface RegionConflict {
  region: 'us' | 'cn';
  /** The chosen vendors outside the region, in the order chosen. */
  outside: string[];
  /**
   * Every chosen vendor is outside: the two filters together can match nothing
   * (a record matches the region through its own vendors, and no record in the
   * data lists vendors of both regions). Otherwise the outside ones add nothing.
   */
  all: boolean;
}

/**
 * Whether the vendor and region filters work against each other. A vendor whose
 * region is not known yet (the vendor list still loading) is not counted; one
 * with no region (null) is outside every region, as the API's region filter has it.
 */
export function regionConflict(
  selected: readonly string[],
  region: RegionFilter,
  regionOf: (vendorId: string) => 'us' | 'cn' | null | undefined,
): RegionConflict | null {
  if (region === 'all' || selected.length === 0) return null;
  const outside = selected.filter((id) => {
    const r = regionOf(id);
    return r !== undefined && r !== region;
  });
  if (outside.length === 0) return null;
  return { region, outside, all: outside.length === selected.length };
}

/** What the filter bar says about a conflict, in the reader's language. */
export function conflictText(c: RegionConflict, lang: Lang, vendorName: (id: string) => string): string {
  const tx = FILTER_TEXT[lang];
  const many = c.outside.length > 1;
  return fill(c.all ? tx.conflictAll : tx.conflictSome, {
    vendors: vendorList(c.outside.map(vendorName), lang),
    region: regionName(c.region, lang),
    isAre: many ? tx.are : tx.is,
    s: many ? '' : 's',
  });
}

/** The label of the fix that removes the vendors outside the region. */
export function removeOutsideLabel(c: RegionConflict, lang: Lang, vendorName: (id: string) => string): string {
  return fill(FILTER_TEXT[lang].removeOutside, { vendors: vendorList(c.outside.map(vendorName), lang) });
}
