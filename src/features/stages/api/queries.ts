import { listQuery } from '../../../shared/api/queries';
import type { ListFilters } from '../../../shared/filters/state';

/** Query factories of the stages slice. Every filter a query uses is in its key (listQuery puts the whole query there). */
export const stagesQueries = {
  models: (f: ListFilters) => listQuery('models', f),
  events: (f: ListFilters) => listQuery('events', f),
  stages: (f: Pick<ListFilters, 'from' | 'to'>) => listQuery('stages', f),
};
