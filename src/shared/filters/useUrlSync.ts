import { useCallback, useEffect, useState } from 'react';
import { dropUnknownVendors } from './knownVendors';
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
export function loadViewFromUrl(knownVendorIds: ReadonlySet<string> | null = null): string[] {
  const parsed = parseViewUrl(window.location.search, window.location.hash);
  const { view, dropped } = knownVendorIds ? dropUnknownVendors(parsed, knownVendorIds) : { view: parsed, dropped: [] };
  useViewStore.getState().replace(view);
  return dropped;
}

/**
 * Mirrors the view store in the URL: reads it at start, pushes a history entry
 * on every change the user makes, and restores the store on Back / Forward.
 * Restoring never pushes (that would cut off the Forward history); it only
 * normalises the URL in place with replaceState.
 *
 * Once the API's vendor ids are known (`knownVendorIds`), restoring also drops
 * ids it does not know, from the store and, in place, from the URL; it runs
 * again when they become known. The dropped ids are returned for a notice.
 */
export function useUrlSync(knownVendorIds: ReadonlySet<string> | null = null): {
  dropped: string[];
  dismissDropped: () => void;
} {
  const [dropped, setDropped] = useState<string[]>([]);
  useEffect(() => {
    let restoring = false;
    let last = currentUrlState();
    const restore = () => {
      restoring = true;
      const gone = loadViewFromUrl(knownVendorIds);
      restoring = false;
      if (gone.length > 0) setDropped(gone);
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
  }, [knownVendorIds]);
  const dismissDropped = useCallback(() => setDropped([]), []);
  return { dropped, dismissDropped };
}
