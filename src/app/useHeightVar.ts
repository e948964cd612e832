import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a CSS variable on the root (e.g. `--filter-bar-height`) at an element's
 * real height, so what sits under a sticky bar (a `#panel-…` link's target,
 * through `scroll-margin-top`) lands below it at any width or language.
 */
export function useHeightVar(ref: RefObject<HTMLElement | null>, name: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty(name, `${Math.round(el.getBoundingClientRect().height)}px`);
    set();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(name);
    };
  }, [ref, name]);
}
