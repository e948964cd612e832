// Builds the SQLite file for a dataset file and exits: `startServer` runs it in
// a child process for DATASET_FILE, so parsing a large file never inflates the
// memory of the process that then serves it. Args: <dataset.json> <db file>.
// A dataset it refuses (DatasetError) is told on stderr without a stack, exit DATASET_REFUSED_EXIT.
import { DatasetError } from '../src/shared/api/contract/datasetProblems';
import { loadDataset, openDb } from './db';
import { DATASET_REFUSED_EXIT } from './startError';

const [file, dbFile] = process.argv.slice(2);
if (!file || !dbFile) {
  console.error('usage: build-db <dataset.json> <db file>');
  process.exit(2);
}
try {
  openDb(await loadDataset(file), dbFile).close();
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(DATASET_REFUSED_EXIT);
}
