import { useEffect } from 'react';
import { useViewStore, viewStateOf } from './store';
import { parseViewUrl, serializeViewUrl } from './url';

/**
 * Mirrors the view store in the URL: reads it once at start, pushes a history
 * entry on every change, and restores the store on Back / Forward.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = () => useViewStore.getState().replace(parseViewUrl(window.location.search, window.location.hash));
    apply();
    let last = `${window.location.search}${window.location.hash}`;
    const unsub = useViewStore.subscribe((s) => {
      const { search, hash } = serializeViewUrl(viewStateOf(s));
      const next = `${search}${hash}`;
      if (next === last) return;
      last = next;
      window.history.pushState(null, '', `${window.location.pathname}${next}`);
    });
    const onPop = () => {
      last = `${window.location.search}${window.location.hash}`;
      apply();
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
