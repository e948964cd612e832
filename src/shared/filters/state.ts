/** The view state every panel reads: shared filters plus the view options a share link restores. */
export type Lang = 'en' | 'zh';
export type RegionFilter = 'all' | 'us' | 'cn';
export type GrowthMode = 'yoy' | 'absolute' | 'indexed';
export type Currency = 'USD' | 'CNY';

export const YEAR_MIN = 2019;
export const YEAR_MAX = 2025;
/** Default CNY per USD. A reader's setting, not a figure from the article. */
export const DEFAULT_CNY_PER_USD = 7.2;

export interface ViewState {
  vendors: string[];
  region: RegionFilter;
  from: number;
  to: number;
  lang: Lang;
  growthMode: GrowthMode;
  currency: Currency;
  /** CNY per USD used for conversions. */
  cnyPerUsd: number;
  /** Id of the panel a share link points at, if any. */
  focus: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  vendors: [],
  region: 'all',
  from: YEAR_MIN,
  to: YEAR_MAX,
  lang: 'en',
  growthMode: 'yoy',
  currency: 'USD',
  cnyPerUsd: DEFAULT_CNY_PER_USD,
  focus: null,
};

/** Filters a panel can take part in. */
export interface FilterUse {
  vendor: boolean;
  region: boolean;
  time: boolean;
}

export const ALL_FILTERS: FilterUse = { vendor: true, region: true, time: true };

export interface ListFilters {
  vendor?: string[];
  region?: 'us' | 'cn';
  from?: string;
  to?: string;
}

/**
 * The API filters for a view. The full 2019–2025 span sends no time filter, so
 * undated records (which never match a time filter) stay visible.
 */
export function toListFilters(
  v: Pick<ViewState, 'vendors' | 'region' | 'from' | 'to'>,
  use: FilterUse = ALL_FILTERS,
): ListFilters {
  const out: ListFilters = {};
  if (use.vendor && v.vendors.length > 0) out.vendor = [...v.vendors].sort();
  if (use.region && v.region !== 'all') out.region = v.region;
  if (use.time && (v.from !== YEAR_MIN || v.to !== YEAR_MAX)) {
    out.from = String(v.from);
    out.to = String(v.to);
  }
  return out;
}

/** Which of the active filters a panel ignores (to say so instead of ignoring silently). */
export function ignoredFilters(
  v: Pick<ViewState, 'vendors' | 'region' | 'from' | 'to'>,
  use: FilterUse,
): (keyof FilterUse)[] {
  const active = toListFilters(v);
  const out: (keyof FilterUse)[] = [];
  if (!use.vendor && active.vendor) out.push('vendor');
  if (!use.region && active.region) out.push('region');
  if (!use.time && active.from) out.push('time');
  return out;
}

/**
 * Whether a panel held off-screen (see PanelSlot) has to follow a change of
 * view before it comes near: a change of a filter it uses (its queries change,
 * so it fetches ahead and is current when it scrolls in) or of the focused
 * panel (a share link may scroll to it). The rest of what it shows (language,
 * growth mode, currency, rate, the "does not apply" note) is drawn from the
 * store itself once it comes near, so it waits until then.
 */
export function viewChangeMatters(prev: ViewState, next: ViewState, use: FilterUse): boolean {
  if (prev.focus !== next.focus) return true;
  return JSON.stringify(toListFilters(prev, use)) !== JSON.stringify(toListFilters(next, use));
}
