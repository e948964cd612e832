import { useQueries } from '@tanstack/react-query';
import { listQuery } from '../api/queries';
import type { EndpointName } from '../api/contract';
import type { FilterUse, ListFilters } from '../filters/state';

export interface EmptyProbe {
  endpoint: EndpointName;
  /** The panel's own parameters (e.g. `metric`), sent along with the shared filters. */
  query?: Record<string, unknown>;
}

type FilterName = keyof FilterUse;

/** The same query with one shared filter dropped. Pure; exported for tests. */
export function relaxations(filters: ListFilters): { filter: FilterName; filters: ListFilters }[] {
  const out: { filter: FilterName; filters: ListFilters }[] = [];
  if (filters.vendor) out.push({ filter: 'vendor', filters: { ...filters, vendor: undefined } });
  if (filters.region) out.push({ filter: 'region', filters: { ...filters, region: undefined } });
  if (filters.from || filters.to) out.push({ filter: 'time', filters: { ...filters, from: undefined, to: undefined } });
  return out.map((r) => ({
    filter: r.filter,
    filters: Object.fromEntries(Object.entries(r.filters).filter(([, v]) => v !== undefined)),
  }));
}

/**
 * When a panel is empty, asks the API which single filter, dropped, would
 * bring rows back: that is the filter that emptied it.
 */
export function useEmptiedBy(probe: EmptyProbe | undefined, filters: ListFilters, enabled: boolean): FilterName[] {
  const tries = probe && enabled ? relaxations(filters) : [];
  const results = useQueries({
    queries: tries.map((t) => listQuery(probe!.endpoint, { ...(probe!.query ?? {}), ...t.filters } as never)),
  });
  return tries.filter((_, i) => (results[i]?.data?.meta.count ?? 0) > 0).map((t) => t.filter);
}
