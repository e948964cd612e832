import { create } from 'zustand';
import { DEFAULT_VIEW, type Currency, type GrowthMode, type Lang, type RegionFilter, type ViewState } from './state';

interface ViewActions {
  toggleVendor: (id: string) => void;
  setVendors: (ids: string[]) => void;
  clearVendors: () => void;
  setRegion: (r: RegionFilter) => void;
  setYears: (from: number, to: number) => void;
  setLang: (l: Lang) => void;
  setGrowthMode: (m: GrowthMode) => void;
  setCurrency: (c: Currency) => void;
  setRate: (cnyPerUsd: number) => void;
  setFocus: (panelId: string | null) => void;
  replace: (v: ViewState) => void;
  reset: () => void;
}

export type ViewStore = ViewState & ViewActions;

/** Client state only: filters, view options, selection. Server data lives in React Query. */
export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  toggleVendor: (id) =>
    set((s) => ({ vendors: s.vendors.includes(id) ? s.vendors.filter((v) => v !== id) : [...s.vendors, id] })),
  setVendors: (ids) => set({ vendors: [...new Set(ids)] }),
  clearVendors: () => set({ vendors: [] }),
  setRegion: (region) => set({ region }),
  setYears: (from, to) => set(from <= to ? { from, to } : { from: to, to: from }),
  setLang: (lang) => set({ lang }),
  setGrowthMode: (growthMode) => set({ growthMode }),
  setCurrency: (currency) => set({ currency }),
  setRate: (cnyPerUsd) => set(Number.isFinite(cnyPerUsd) && cnyPerUsd > 0 ? { cnyPerUsd } : {}),
  setFocus: (focus) => set({ focus }),
  replace: (v) => set({ ...v }),
  reset: () => set({ ...DEFAULT_VIEW, vendors: [] }),
}));

export function viewStateOf(s: ViewStore): ViewState {
  return {
    vendors: s.vendors,
    region: s.region,
    from: s.from,
    to: s.to,
    lang: s.lang,
    growthMode: s.growthMode,
    currency: s.currency,
    cnyPerUsd: s.cnyPerUsd,
    focus: s.focus,
  };
}
