import { createContext, useContext, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
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
const viewStore = createStore<ViewStore>()((set) => ({
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

/**
 * The view a panel held off-screen shows (see PanelSlot): a copy of the store
 * that catches up in transitions. `null`: read the store itself.
 */
export const HeldViewContext = createContext<ViewStore | null>(null);

const subscribeToNothing = () => () => {};

function useViewSelector<T>(selector: (s: ViewStore) => T): T {
  const held = useContext(HeldViewContext);
  // Held: no subscription, so a filter change does not re-render the panel in the
  // (synchronous) render of the input; the held copy brings the change later.
  return useSyncExternalStore(held ? subscribeToNothing : viewStore.subscribe, () =>
    selector(held ?? viewStore.getState()),
  );
}

/**
 * `useViewStore(selector)` reads the view state and re-renders when the selected
 * value changes (zustand's contract); `getState`, `setState` and `subscribe`
 * reach the store outside React.
 */
export const useViewStore = Object.assign(useViewSelector, {
  getState: viewStore.getState,
  setState: viewStore.setState,
  subscribe: viewStore.subscribe,
});

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
