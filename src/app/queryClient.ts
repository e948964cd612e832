import { QueryClient } from '@tanstack/react-query';
import { ApiHttpError, ApiShapeError } from '../shared/api/client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or a malformed answer will not get better by retrying.
        retry: (count, err) =>
          !(err instanceof ApiShapeError) && !(err instanceof ApiHttpError && err.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        // staleTime is set where the queries are made (shared/api/queries.ts listQuery).
      },
    },
  });
}
