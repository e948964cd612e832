import { useEffect, useMemo, useRef, useState } from 'react';
import { useViewStore } from '../shared/filters/store';
import { CHINA_SLICE, mountedSlices, sliceOrder } from './sliceOrder';

/**
 * The slices in page order for the chosen region (China's first with region
 * China), and which of them may be mounted given the mount schedule's count.
 *
 * When the reader picks China while reading further down, the page brings the
 * China slice, now first, into view: what they chose is what they see, instead
 * of whatever slid under the window as the slices moved.
 */
export function useSliceOrder<T extends { id: string }>(
  slices: readonly T[],
  mountCount: number,
): { ordered: T[]; isMounted: (id: string) => boolean } {
  const region = useViewStore((s) => s.region);
  const ordered = useMemo(() => sliceOrder(slices, region), [slices, region]);
  // Grows only (see mountedSlices). Adjusted while rendering, so a reorder never unmounts a
  // slice even for one commit.
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set());
  const next = mountedSlices(
    mounted,
    ordered.map((s) => s.id),
    mountCount,
  );
  if (next !== mounted) setMounted(next);

  const first = ordered[0]?.id;
  const lastFirst = useRef(first);
  useEffect(() => {
    if (lastFirst.current === first) return;
    lastFirst.current = first;
    if (first !== CHINA_SLICE) return;
    const main = document.getElementById('main');
    if (main && main.getBoundingClientRect().top < 0)
      document.getElementById(`slice-${CHINA_SLICE}`)?.scrollIntoView({ block: 'start' });
  }, [first]);

  return { ordered, isMounted: (id) => next.has(id) };
}
