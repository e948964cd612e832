import { fill } from '../shared/i18n/fill';
import { FILTER_TEXT, regionName, vendorList } from '../shared/filters/filterText';
import { toListFilters, type Lang, type ViewState } from '../shared/filters/state';

type Filters = Pick<ViewState, 'vendors' | 'region' | 'from' | 'to'>;

/** How many filters are on: each chosen vendor, the region, the time range. */
export function activeFilterCount(v: Filters): number {
  const f = toListFilters(v);
  return (f.vendor?.length ?? 0) + (f.region ? 1 : 0) + (f.from ? 1 : 0);
}

/** The active filters in a few words (the phone's one-line filter bar): "OpenAI · China · 2020–2023". */
export function activeFilterSummary(v: Filters, lang: Lang, vendorName: (id: string) => string): string {
  const tx = FILTER_TEXT[lang];
  const parts: string[] = [];
  // The vendors in the order chosen (toListFilters sorts them for the API).
  if (v.vendors.length) parts.push(vendorList(v.vendors.map(vendorName), lang, 2));
  const f = toListFilters(v);
  if (f.region) parts.push(regionName(f.region, lang));
  if (f.from) parts.push(fill(tx.years, { from: f.from, to: f.to ?? '' }));
  return parts.length ? parts.join(' · ') : tx.filtersNone;
}
