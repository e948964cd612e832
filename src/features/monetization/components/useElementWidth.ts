import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element, measured when it mounts and followed as it
 * resizes, so a chart can choose its layout (labels beside or above its marks)
 * at a phone's width. A callback ref: the element may mount later than the
 * component (a panel draws its body once its data is in). 0 until measured.
 */
export function useElementWidth(): [(el: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    setWidth(Math.round(el.getBoundingClientRect().width) || el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // A hidden element reports 0: keep the last width.
      if (w > 0) setWidth(w);
    });
    observer.current.observe(el);
  }, []);
  return [ref, width];
}
