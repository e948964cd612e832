import { fill as fillIn } from '../i18n/fill';
import type { Lang, ListFilters, RegionFilter } from './state';

/** A shared filter a panel can be emptied by, or a reader can clear. */
export type FilterName = 'vendor' | 'region' | 'time';

/**
 * Strings for what the filters say about the page: a panel they empty, a
 * vendor/region pair that can match nothing, the phone's filter button.
 * (Kept here, beside the filters, so the panel frame and the filter bar say it alike.)
 */
export const FILTER_TEXT = {
  en: {
    emptyFor: 'No figures for {what} in this panel',
    emptyPlain: 'No figures in this panel',
    clear_vendor: 'Clear vendors',
    clear_region: 'Clear region',
    clear_time: 'Clear time range',
    and: ' + ',
    list: ', ',
    more: ' +{n}',
    years: '{from}–{to}',
    region_us: 'the US',
    region_cn: 'China',
    conflictAll: 'Nothing can match: {vendors} {isAre} outside {region}.',
    conflictSome: '{vendors} {isAre} outside {region} and add{s} nothing here.',
    is: 'is',
    are: 'are',
    showAllRegions: 'Show all regions',
    removeOutside: 'Remove {vendors}',
    outsideRegion: 'outside {region}',
    filtersButton: 'Filters ({n})',
    filtersNone: 'No filters: everything shown',
  },
  zh: {
    emptyFor: '此面板在“{what}”筛选下没有数据',
    emptyPlain: '此面板没有数据',
    clear_vendor: '清除厂商',
    clear_region: '清除地区',
    clear_time: '清除时间范围',
    and: ' + ',
    list: '、',
    more: ' 等 {n} 家',
    years: '{from}–{to}年',
    region_us: '美国',
    region_cn: '中国',
    conflictAll: '没有可匹配的数据：{vendors}不在{region}。',
    conflictSome: '{vendors}不在{region}，在此不起作用。',
    is: '',
    are: '',
    showAllRegions: '显示全部地区',
    removeOutside: '移除{vendors}',
    outsideRegion: '不在{region}',
    filtersButton: '筛选（{n}）',
    filtersNone: '未筛选：显示全部',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type FilterTextKey = keyof (typeof FILTER_TEXT)['en'];

/** Vendor names as a short list: up to three, then "+n". */
export function vendorList(names: readonly string[], lang: Lang, shown = 3): string {
  const tx = FILTER_TEXT[lang];
  const head = names.slice(0, shown).join(tx.list);
  return names.length > shown ? head + fillIn(tx.more, { n: names.length - shown }) : head;
}

export function regionName(region: Exclude<RegionFilter, 'all'>, lang: Lang): string {
  return FILTER_TEXT[lang][region === 'us' ? 'region_us' : 'region_cn'];
}

/** The active filters among a panel's list filters, in a fixed order. */
export function activeFilters(filters: ListFilters): FilterName[] {
  const out: FilterName[] = [];
  if (filters.vendor?.length) out.push('vendor');
  if (filters.region) out.push('region');
  if (filters.from || filters.to) out.push('time');
  return out;
}

/**
 * The filters an emptied panel names and offers to clear: those that, dropped
 * alone, bring rows back (`emptiedBy`, asked of the API); when none does alone
 * (or the answer is not in yet), every active filter the panel uses, since
 * together they emptied it.
 */
export function filtersToName(emptiedBy: readonly FilterName[], filters: ListFilters): FilterName[] {
  const active = activeFilters(filters);
  const named = active.filter((f) => emptiedBy.includes(f));
  return named.length > 0 ? named : active;
}

/**
 * The one line an emptied panel shows: "No figures for China in this panel".
 * `vendorName` turns a vendor id into its name in `lang`.
 */
export function emptyLineText(
  named: readonly FilterName[],
  filters: ListFilters,
  lang: Lang,
  vendorName: (id: string) => string,
): string {
  const tx = FILTER_TEXT[lang];
  const parts: string[] = [];
  for (const f of named) {
    if (f === 'vendor' && filters.vendor?.length) parts.push(vendorList(filters.vendor.map(vendorName), lang));
    if (f === 'region' && filters.region) parts.push(regionName(filters.region, lang));
    if (f === 'time' && (filters.from || filters.to))
      parts.push(fillIn(tx.years, { from: filters.from ?? '', to: filters.to ?? '' }));
  }
  return parts.length > 0 ? fillIn(tx.emptyFor, { what: parts.join(tx.and) }) : tx.emptyPlain;
}

export function clearLabel(f: FilterName, lang: Lang): string {
  return FILTER_TEXT[lang][`clear_${f}`];
}
