import { useEffect, type RefObject } from 'react';
import { useViewStore } from '../filters/store';

/**
 * A link to `#panel-<id>` (the store's `focus`): the Panel frame scrolls to the
 * panel once it is ready, but panels above it may still be loading and push it
 * down. Keep it in view while the page settles, until the reader scrolls,
 * clicks or types, or 6 s pass.
 */
export function useFocusHold(id: string, ready: boolean, _chartRef?: RefObject<HTMLDivElement | null>): void {
  const focused = useViewStore((s) => s.focus === id);
  useEffect(() => {
    if (!focused || !ready || typeof ResizeObserver === 'undefined') return;
    const el = document.getElementById(`panel-${id}`);
    if (!el) return;
    const ro = new ResizeObserver(() => el.scrollIntoView({ block: 'start' }));
    ro.observe(document.body);
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    const stop = () => {
      ro.disconnect();
      window.clearTimeout(timer);
      for (const ev of events) window.removeEventListener(ev, stop, true);
    };
    const timer = window.setTimeout(stop, 6000);
    for (const ev of events) window.addEventListener(ev, stop, { capture: true, passive: true });
    return stop;
  }, [focused, ready, id]);
}
