import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchList } from './client';
import type { EndpointName, EndpointQuery } from './contract';

/**
 * Query options for one list endpoint. The key holds the endpoint and every
 * parameter, so a change of any filter is a new query. Slices wrap this in
 * their own `api/` factories.
 */
export function listQuery<E extends EndpointName>(name: E, query: Partial<EndpointQuery<E>> = {}) {
  return queryOptions({
    queryKey: ['api', name, query] as const,
    queryFn: ({ signal }) => fetchList(name, query, signal),
    staleTime: 5 * 60_000,
    // A filter change keeps the last answer on screen until the new one lands:
    // no flash of skeletons, and the legend button a reader just pressed keeps focus.
    placeholderData: keepPreviousData,
  });
}
