import { startTransition, useEffect, useState } from 'react';

/**
 * How many slices may be mounted: the first at once, each next one on an idle
 * moment after the previous one, or at once when it comes near the viewport.
 * Spreading the work keeps the first paint fast and the main thread free,
 * and every slice is still on the page within a moment (export-all, anchors).
 */
export function useMountSchedule(count: number, placeholders: () => (Element | null)[]): number {
  const [mounted, setMounted] = useState(1);

  useEffect(() => {
    if (mounted >= count) return;
    const idle = (cb: () => void) =>
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(cb, { timeout: 400 })
        : window.setTimeout(cb, 50);
    const cancel = (h: number) =>
      typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback(h) : window.clearTimeout(h);
    // A transition: React renders the new slice in slices of a few ms, yielding to input
    // between them, instead of one long task.
    const handle = idle(() => startTransition(() => setMounted((m) => Math.min(count, m + 1))));
    let observer: IntersectionObserver | undefined;
    if (typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver(
        (entries) => {
          const near = entries
            .filter((e) => e.isIntersecting)
            .map((e) => Number((e.target as HTMLElement).dataset.sliceIndex));
          if (near.length)
            startTransition(() => setMounted((m) => Math.max(m, Math.min(count, Math.max(...near) + 1))));
        },
        { rootMargin: '400px 0px' },
      );
      for (const el of placeholders()) if (el) observer.observe(el);
    }
    return () => {
      cancel(handle);
      observer?.disconnect();
    };
  }, [mounted, count, placeholders]);

  return mounted;
}
