// The dataset, typed in once. The MSW mock and the real server both read it from here.
import sources from './sources.json';
import vendors from './vendors.json';
import models from './models.json';
import metrics from './metrics.json';
import events from './events.json';
import stages from './stages.json';
import claims from './claims.json';
import { Dataset } from '../src/shared/api/contract/dataset';

/** Raw JSON as committed (validated by `npm run data:check` and by `parseDataset`). */
export const rawDataset = { sources, vendors, models, metrics, events, stages, claims };

/** Parses the committed JSON; throws a readable error when a record is off. */
export function parseDataset(raw: unknown = rawDataset): Dataset {
  return Dataset.parse(raw);
}

export const dataset: Dataset = parseDataset();
