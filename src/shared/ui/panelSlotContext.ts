import { createContext } from 'react';
import type { FilterUse } from '../filters/state';
import type { Nearness } from './useNearness';

export interface PanelSlotValue {
  nearness: Nearness;
  /** The panel's element to watch and the filters it uses; returns the unwatch function. */
  watch: (el: Element | null, uses: FilterUse | undefined) => () => void;
}

/** Set by PanelSlot for the panel inside it (see PanelSlot.tsx). */
export const PanelSlotContext = createContext<PanelSlotValue | null>(null);
