import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** How far outside the viewport a chart is already kept live, so it is up to date before it scrolls in. */
export const LIVE_MARGIN = '150px 0px';

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
 * then costs only the charts a reader can see. Without IntersectionObserver
 * (jsdom, old browsers) every chart is near.
 *
 * `hasContent`: the panel has data to chart. The chart's first render waits
 * for it and then runs one transition later; after that the chart follows
 * every change in the same render.
 */
export function useLiveChart(ref: RefObject<Element | null>, hasContent = true): LiveChart {
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  const [holds, setHolds] = useState(0);
  // A chart's first render is its costliest (Recharts builds its store and measures its labels).
  // It runs as a transition, time-sliced, not inside the (synchronous) render that delivered
  // the data: that one draws the panel's frame, legend and notes.
  const [started, setStarted] = useState(false);
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver !== 'function') return;
    // A transition: a chart scrolled into reach renders time-sliced, not as one long task during the scroll.
    const io = new IntersectionObserver(
      (entries) => {
        const isNear = entries.some((e) => e.isIntersecting);
        startTransition(() => setNear(isNear));
      },
      { rootMargin: LIVE_MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);

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

  const reveal = useCallback(
    () =>
      new Promise<() => void>((resolve) => {
        let released = false;
        waiting.current.push(() =>
          resolve(() => {
            if (released) return;
            released = true;
            setHolds((n) => n - 1);
          }),
        );
        setHolds((n) => n + 1);
      }),
    [],
  );

  return { live, reveal };
}
