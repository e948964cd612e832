import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';

/** How far outside the viewport a panel already counts as near, so it is up to date before it scrolls in. */
export const LIVE_MARGIN = '150px 0px';

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
    // A transition: a panel scrolled into reach renders time-sliced, not as one long task during the scroll.
    const io = new IntersectionObserver(
      (entries) => {
        const isNear = entries.some((e) => e.isIntersecting);
        startTransition(() => setNear(isNear));
      },
      { rootMargin: LIVE_MARGIN },
    );
    io.observe(target);
    return () => io.disconnect();
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
