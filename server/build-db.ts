// Builds the SQLite file for a dataset file and exits: `startServer` runs it in
// a child process for DATASET_FILE, so parsing a large file never inflates the
// memory of the process that then serves it. Args: <dataset.json> <db file>.
import { loadDataset, openDb } from './db';

const [file, dbFile] = process.argv.slice(2);
if (!file || !dbFile) {
  console.error('usage: build-db <dataset.json> <db file>');
  process.exit(2);
}
openDb(await loadDataset(file), dbFile).close();
