import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';

/** How far outside the viewport a panel already counts as near, so it is up to date before it scrolls in. */
export const LIVE_MARGIN = '150px 0px';
/**
 * How far outside the viewport a near panel must go before it counts as far
 * again. Wider than LIVE_MARGIN on purpose: a panel going near or far can change
 * height (a chart replacing its placeholder, a note the held view had not shown
 * yet), which moves its neighbours; with one margin a neighbour at the edge
 * could flip back and forth, each flip a new transition, so the transitions
 * never settled.
 */
export const FAR_MARGIN = '300px 0px';

export interface Nearness {
  /** The element is within LIVE_MARGIN of the viewport (always true without IntersectionObserver). */
  near: boolean;
  /** Holds taken by exports: a held panel renders as if near. */
  holds: number;
  /** Takes a hold; call the result to let go (a second call does nothing). */
  hold: () => () => void;
}

/**
 * Whether an element is near the viewport, plus holds that count as near
 * (an export drawing an off-screen panel). Without IntersectionObserver
 * (jsdom, old browsers) everything is near.
 */
export function useNearness(target: Element | null): Nearness {
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  const [holds, setHolds] = useState(0);

  useEffect(() => {
    if (!target || typeof IntersectionObserver !== 'function') return;
    // Transitions: a panel scrolled into reach renders time-sliced, not as one long task during the scroll.
    const enter = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: LIVE_MARGIN },
    );
    const leave = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) startTransition(() => setNear(false));
      },
      { rootMargin: FAR_MARGIN },
    );
    enter.observe(target);
    leave.observe(target);
    return () => {
      enter.disconnect();
      leave.disconnect();
    };
  }, [target]);

  const hold = useCallback(() => {
    let released = false;
    setHolds((n) => n + 1);
    return () => {
      if (released) return;
      released = true;
      setHolds((n) => n - 1);
    };
  }, []);

  return useMemo(() => ({ near, holds, hold }), [near, holds, hold]);
}
