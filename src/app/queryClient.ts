import { QueryClient } from '@tanstack/react-query';
import { ApiHttpError, ApiShapeError } from '../shared/api/client';
import { LIST_MAX_AGE_S } from '../shared/api/contract';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or a malformed answer will not get better by retrying.
        retry: (count, err) =>
          !(err instanceof ApiShapeError) && !(err instanceof ApiHttpError && err.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        // A key seen before answers from the cache without a refetch while the
        // server would still call it fresh (its own Cache-Control max-age).
        staleTime: LIST_MAX_AGE_S * 1000,
      },
    },
  });
}
