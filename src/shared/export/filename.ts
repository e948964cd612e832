import { YEAR_MAX, YEAR_MIN } from '../filters/state';
import type { FilterView } from './filtersSentence';

const MAX_VENDORS_IN_NAME = 6;

function slugPart(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `region-cn_2023-2024_vendors-baidu-alibaba`, or `all` when no filter is active. */
export function filtersSlug(v: FilterView): string {
  const parts: string[] = [];
  if (v.region !== 'all') parts.push(`region-${v.region}`);
  if (v.from !== YEAR_MIN || v.to !== YEAR_MAX) parts.push(v.from === v.to ? String(v.from) : `${v.from}-${v.to}`);
  if (v.vendors.length > 0) {
    const ids = v.vendors.slice(0, MAX_VENDORS_IN_NAME).map(slugPart).filter(Boolean);
    const more = v.vendors.length - MAX_VENDORS_IN_NAME;
    parts.push(`vendors-${ids.join('-')}${more > 0 ? `-and-${more}-more` : ''}`);
  }
  return parts.length ? parts.join('_') : 'all';
}

/** Local calendar date as yyyy-mm-dd. */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** `model-race_<panel>_<filters>_<yyyy-mm-dd>.<ext>` */
export function exportFileName(panelId: string, v: FilterView, date: Date, ext: string): string {
  return `model-race_${slugPart(panelId) || 'panel'}_${filtersSlug(v)}_${isoDay(date)}.${ext}`;
}
