// Builds the SQLite file for a dataset file and exits: `startServer` runs it in
// a child process for DATASET_FILE, so parsing a large file never inflates the
// memory of the process that then serves it. Args: <dataset.json | data folder> <db file>.
// Also the one-time build of a PREBUILT_DB shared read-only by replicas (docs/scale-out.md):
// the file is left in rollback-journal mode (sealForReadOnly) for that.
// A dataset it refuses (DatasetError) is told on stderr without a stack, exit DATASET_REFUSED_EXIT.
import fs from 'node:fs';
import { DatasetError } from '../src/shared/api/contract/datasetProblems';
import { loadDataDir } from './datasetFiles';
import { loadDataset, openDb } from './db';
import { sealForReadOnly } from './prebuiltDb';
import { DATASET_REFUSED_EXIT } from './startError';

const [file, dbFile] = process.argv.slice(2);
if (!file || !dbFile) {
  console.error('usage: build-db <dataset.json | data folder> <db file>');
  process.exit(2);
}
try {
  const dataset = fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()
    ? loadDataDir(file)
    : await loadDataset(file);
  sealForReadOnly(openDb(dataset, dbFile)).close();
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(DATASET_REFUSED_EXIT);
}
