import { listQuery } from '../../../shared/api/queries';
import type { MetricKey } from '../../../shared/api/contract';
import type { ListFilters } from '../../../shared/filters/state';

/**
 * Query factories of the China slice. The slice's own data are always asked
 * for with `region: 'cn'` (see model/region.ts); every parameter is in the key.
 */
export const chinaQueries = {
  vendors: (f: Pick<ListFilters, 'vendor' | 'region'>) => listQuery('vendors', f),
  models: (f: ListFilters) => listQuery('models', f),
  metrics: (f: ListFilters, metric: readonly MetricKey[]) => listQuery('metrics', { ...f, metric: [...metric] }),
  claims: (f: ListFilters) => listQuery('claims', f),
};
