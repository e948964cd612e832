import { useEffect } from 'react';
import { useViewStore, viewStateOf } from './store';
import { parseViewUrl, serializeViewUrl } from './url';

function currentUrlState(): string {
  return `${window.location.search}${window.location.hash}`;
}

/**
 * Sets the view store from the URL. Called once before the first render, so a
 * shared link's first frame and first fetches are already its view (not the
 * defaults, then the link's: a second render, refetches, and for `lang=zh` a
 * header that changes height under the reader).
 */
export function loadViewFromUrl(): void {
  useViewStore.getState().replace(parseViewUrl(window.location.search, window.location.hash));
}

/**
 * Mirrors the view store in the URL: reads it at start, pushes a history entry
 * on every change the user makes, and restores the store on Back / Forward.
 * Restoring never pushes (that would cut off the Forward history); it only
 * normalises the URL in place with replaceState.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let restoring = false;
    let last = currentUrlState();
    const restore = () => {
      restoring = true;
      loadViewFromUrl();
      restoring = false;
      const { search, hash } = serializeViewUrl(viewStateOf(useViewStore.getState()));
      last = `${search}${hash}`;
      if (last !== currentUrlState())
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${last}`);
    };
    restore();
    const unsub = useViewStore.subscribe((s) => {
      if (restoring) return;
      const { search, hash } = serializeViewUrl(viewStateOf(s));
      const next = `${search}${hash}`;
      if (next === last) return;
      last = next;
      window.history.pushState(null, '', `${window.location.pathname}${next}`);
    });
    window.addEventListener('popstate', restore);
    return () => {
      unsub();
      window.removeEventListener('popstate', restore);
    };
  }, []);
}
