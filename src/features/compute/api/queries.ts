import { listQuery } from '../../../shared/api/queries';
import type { ListFilters } from '../../../shared/filters/state';

/** Query factories of the compute slice. listQuery puts every parameter in the key. */
export const computeQueries = {
  claims: (f: ListFilters) => listQuery('claims', f),
  trainingCost: (f: ListFilters) => listQuery('metrics', { ...f, metric: ['training-cost'] }),
  models: (f: ListFilters) => listQuery('models', f),
  events: (f: ListFilters) => listQuery('events', f),
};
