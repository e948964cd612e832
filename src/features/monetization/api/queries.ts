import { listQuery } from '../../../shared/api/queries';
import type { MetricKey } from '../../../shared/api/contract';
import type { ListFilters } from '../../../shared/filters/state';

/** Query factories of the monetization slice. listQuery puts the whole query (filters and metric keys) in the key. */
export const monetizationQueries = {
  metrics: (f: ListFilters, metric: readonly MetricKey[]) => listQuery('metrics', { ...f, metric: [...metric] }),
  models: (f: ListFilters) => listQuery('models', f),
  claims: (f: ListFilters) => listQuery('claims', f),
  sources: () => listQuery('sources'),
};
