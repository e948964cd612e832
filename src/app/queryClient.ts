import { QueryClient } from '@tanstack/react-query';
import { ApiHttpError, ApiShapeError } from '../shared/api/client';
import { ApiTimeoutError } from '../shared/api/timeout';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or a malformed answer will not get better by retrying; a timeout has
        // already waited 15 s, and the reader gets Retry rather than 45 s of skeleton.
        retry: (count, err) =>
          !(err instanceof ApiShapeError) &&
          !(err instanceof ApiTimeoutError) &&
          !(err instanceof ApiHttpError && err.status < 500) &&
          count < 2,
        refetchOnWindowFocus: false,
        // staleTime is set where the queries are made (shared/api/queries.ts listQuery).
      },
    },
  });
}
