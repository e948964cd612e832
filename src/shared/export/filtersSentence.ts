import { YEAR_MAX, YEAR_MIN, type Lang, type ViewState } from '../filters/state';
import { em } from './messages';

export type FilterView = Pick<ViewState, 'vendors' | 'region' | 'from' | 'to'>;

/**
 * The active filters in words, in the reader's language:
 * "Region: China · 2023–2024 · Vendors: Baidu, Alibaba" / "地区：中国 · 2023–2024 · 厂商：百度、阿里巴巴".
 * `vendorName` maps an id to its display name (falls back to the id).
 */
export function filtersSentence(
  v: FilterView,
  lang: Lang,
  vendorName: (id: string) => string | undefined = () => undefined,
): string {
  const parts: string[] = [];
  const sep = em(lang, 'labelSep');
  if (v.region !== 'all')
    parts.push(`${em(lang, 'region')}${sep}${em(lang, v.region === 'cn' ? 'regionCn' : 'regionUs')}`);
  if (v.from !== YEAR_MIN || v.to !== YEAR_MAX) parts.push(v.from === v.to ? String(v.from) : `${v.from}–${v.to}`);
  if (v.vendors.length > 0)
    parts.push(`${em(lang, 'vendors')}${sep}${v.vendors.map((id) => vendorName(id) ?? id).join(em(lang, 'listSep'))}`);
  if (parts.length === 0)
    return lang === 'zh'
      ? `${em(lang, 'noFilters')}（${YEAR_MIN}–${YEAR_MAX}）`
      : `${em(lang, 'noFilters')} (${YEAR_MIN}–${YEAR_MAX})`;
  return parts.join(' · ');
}
