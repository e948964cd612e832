import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchList } from './client';
import { LIST_MAX_AGE_S } from './contract';
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
    // A key seen before answers from the cache, without a refetch, for as long as the
    // server calls its answer fresh (its Cache-Control max-age): one constant for both.
    staleTime: LIST_MAX_AGE_S * 1000,
    // A filter change keeps the last answer on screen until the new one lands:
    // no flash of skeletons, and the legend button a reader just pressed keeps focus.
    placeholderData: keepPreviousData,
  });
}
