// The dataset, typed in once, for the MSW mock (and tests): the JSON is bundled, so this cannot read files; the
// server reads the same files from disk (server/datasetFiles.ts). Both validate with the contract's
// validateDataset, so a broken file fails loudly here too: importing this module throws a DatasetError naming
// file, record and field, and the mock serves nothing rather than half the data.
import sources from './sources.json';
import vendors from './vendors.json';
import models from './models.json';
import metrics from './metrics.json';
import events from './events.json';
import stages from './stages.json';
import claims from './claims.json';
import type { Dataset } from '../src/shared/api/contract/dataset';
import { DatasetError, inDataDir } from '../src/shared/api/contract/datasetProblems';
import { validateDataset } from '../src/shared/api/contract/integrity';

/** Raw JSON as committed (validated by `npm run data:check` and by `parseDataset`). */
export const rawDataset = { sources, vendors, models, metrics, events, stages, claims };

/** Parses and checks the committed JSON (schema, unique ids, references); throws a DatasetError listing every problem. */
export function parseDataset(raw: unknown = rawDataset): Dataset {
  const { dataset, problems } = validateDataset(raw);
  if (problems.length || !dataset) throw new DatasetError('Could not load the dataset in data/', problems, inDataDir);
  return dataset;
}

export const dataset: Dataset = parseDataset();
