import { useMemo } from 'react';
import { useViewStore } from './store';
import { ALL_FILTERS, toListFilters, YEAR_MAX, YEAR_MIN, type FilterUse, type ListFilters } from './state';

/**
 * The API filters for a panel. It subscribes only to the filters the panel
 * uses, so a change of another filter does not re-render it.
 */
export function useListFilters(use: FilterUse = ALL_FILTERS): ListFilters {
  const vendorsKey = useViewStore((s) => (use.vendor ? s.vendors.join('~') : ''));
  const region = useViewStore((s) => (use.region ? s.region : 'all'));
  const from = useViewStore((s) => (use.time ? s.from : 0));
  const to = useViewStore((s) => (use.time ? s.to : 0));
  return useMemo(
    () =>
      toListFilters(
        {
          vendors: vendorsKey ? vendorsKey.split('~') : [],
          region,
          from: use.time ? from : YEAR_MIN,
          to: use.time ? to : YEAR_MAX,
        },
        use,
      ),
    [vendorsKey, region, from, to, use],
  );
}
