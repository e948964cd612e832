import { useEffect } from 'react';
import { useViewStore } from '../shared/filters/store';
import { revealPanel } from './sliceFold';

/**
 * The panel a link points at (#panel-…, the store's focus) is never left in a
 * folded slice: its slice opens when the link is followed, and again when
 * more slices have mounted (`mounted`), in case the panel was not there yet.
 */
export function useUnfoldFocusedPanel(mounted: number): void {
  const focus = useViewStore((s) => s.focus);
  useEffect(() => {
    if (focus) revealPanel(focus);
  }, [focus, mounted]);
}
