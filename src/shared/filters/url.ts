import { parseRate } from '../format/currency';
import { DEFAULT_VIEW, YEAR_MAX, YEAR_MIN, type ViewState } from './state';

/** URL format version; bump when the meaning of a parameter changes. */
export const URL_VERSION = '1';
const VENDOR_ID = /^[a-z0-9][a-z0-9-]*$/;
const PANEL_ID = /^[a-z0-9][a-z0-9-]*$/;

function year(s: string | null): number | null {
  if (s === null || !/^\d{4}$/.test(s)) return null;
  const n = Number(s);
  return n >= YEAR_MIN && n <= YEAR_MAX ? n : null;
}

/**
 * Reads the view from a query string and hash. Unknown or malformed parameters
 * are dropped (the default stands); nothing throws.
 */
export function parseViewUrl(search: string, hash = ''): ViewState {
  const p = new URLSearchParams(search);
  const v: ViewState = { ...DEFAULT_VIEW, vendors: [] };
  const vendorParam = p.get('vendor');
  if (vendorParam) {
    const ids = vendorParam.split('~').filter((id) => VENDOR_ID.test(id));
    v.vendors = [...new Set(ids)].slice(0, 50);
  }
  const region = p.get('region');
  if (region === 'us' || region === 'cn') v.region = region;
  const from = year(p.get('from'));
  const to = year(p.get('to'));
  if (from !== null) v.from = from;
  if (to !== null) v.to = to;
  if (v.from > v.to) {
    v.from = DEFAULT_VIEW.from;
    v.to = DEFAULT_VIEW.to;
  }
  const lang = p.get('lang');
  if (lang === 'en' || lang === 'zh') v.lang = lang;
  const growth = p.get('growth');
  if (growth === 'yoy' || growth === 'absolute' || growth === 'indexed') v.growthMode = growth;
  const cur = p.get('cur');
  if (cur === 'USD' || cur === 'CNY') v.currency = cur;
  const rate = p.get('rate');
  const r = rate === null ? null : parseRate(rate);
  if (r !== null) v.cnyPerUsd = r;
  const focus = hash.startsWith('#panel-') ? hash.slice('#panel-'.length) : null;
  if (focus && PANEL_ID.test(focus)) v.focus = focus;
  return v;
}

/** Writes the view as readable parameters; defaults are left out. Returns `?…` (or '') and `#…` (or ''). */
export function serializeViewUrl(v: ViewState): { search: string; hash: string } {
  const p = new URLSearchParams();
  p.set('v', URL_VERSION);
  if (v.vendors.length) p.set('vendor', v.vendors.join('~'));
  if (v.region !== DEFAULT_VIEW.region) p.set('region', v.region);
  if (v.from !== DEFAULT_VIEW.from || v.to !== DEFAULT_VIEW.to) {
    p.set('from', String(v.from));
    p.set('to', String(v.to));
  }
  if (v.lang !== DEFAULT_VIEW.lang) p.set('lang', v.lang);
  if (v.growthMode !== DEFAULT_VIEW.growthMode) p.set('growth', v.growthMode);
  if (v.currency !== DEFAULT_VIEW.currency) p.set('cur', v.currency);
  if (v.cnyPerUsd !== DEFAULT_VIEW.cnyPerUsd) p.set('rate', String(v.cnyPerUsd));
  // URLSearchParams encodes '~' as %7E; keep it readable.
  const search = `?${p.toString().replace(/%7E/gi, '~')}`;
  return { search, hash: v.focus ? `#panel-${v.focus}` : '' };
}
