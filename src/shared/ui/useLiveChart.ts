import { startTransition, useCallback, useContext, useEffect, useRef, useState, type RefObject } from 'react';
import type { FilterUse } from '../filters/state';
import { PanelSlotContext } from './panelSlotContext';
import { useNearness } from './useNearness';

export { LIVE_MARGIN } from './useNearness';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export interface LiveChart {
  /** Render the chart now: near the viewport, or held by an export. */
  live: boolean;
  /** Makes the chart live (an export of an off-screen panel), resolved after it has committed; call the result to let go. */
  reveal: () => Promise<() => void>;
}

/**
 * Whether a panel's chart should render. Charts far off-screen keep their last
 * render (or a placeholder) and catch up when they come near: a filter change
 * then costs only the charts a reader can see. Inside a PanelSlot the slot
 * watches the element (and holds the whole panel's view while it is far);
 * outside one the chart watches it itself.
 *
 * `hasContent`: the panel has data to chart. The chart's first render waits
 * for it and then runs one transition later; after that the chart follows
 * every change in the same render. `uses`: the filters the panel takes part
 * in, told to the slot.
 */
export function useLiveChart(ref: RefObject<Element | null>, hasContent = true, uses?: FilterUse): LiveChart {
  const slot = useContext(PanelSlotContext);
  const [own, setOwn] = useState<Element | null>(null);
  const watch = slot?.watch;
  useEffect(() => {
    const el = ref.current;
    if (watch) return watch(el, uses);
    setOwn(el);
  }, [ref, watch, uses]);
  const mine = useNearness(slot ? null : own);
  const { near, holds, hold } = slot?.nearness ?? mine;

  // A chart's first render is its costliest (Recharts builds its store and measures its labels).
  // It runs as a transition, time-sliced, not inside the (synchronous) render that delivered
  // the data: that one draws the panel's frame, legend and notes.
  const [started, setStarted] = useState(false);
  const waiting = useRef<(() => void)[]>([]);
  const wanted = near || holds > 0;
  useEffect(() => {
    if (hasContent && wanted && !started) startTransition(() => setStarted(true));
  }, [hasContent, wanted, started]);
  // An export waiting on reveal() draws the chart at once.
  const live = wanted && (started || holds > 0);
  useEffect(() => {
    if (!live || waiting.current.length === 0) return;
    const done = waiting.current;
    waiting.current = [];
    // Two frames: ResponsiveContainer measures in a ResizeObserver after the first layout.
    void frame()
      .then(frame)
      .then(() => done.forEach((f) => f()));
  }, [live, holds]);

  // A chart already drawn and current needs no wait: the export lays it out again anyway.
  const drawnNow = useRef(false);
  useEffect(() => {
    drawnNow.current = live;
  }, [live]);
  const reveal = useCallback(
    () =>
      new Promise<() => void>((resolve) => {
        const release = hold();
        if (drawnNow.current) resolve(release);
        else waiting.current.push(() => resolve(release));
      }),
    [hold],
  );

  return { live, reveal };
}
