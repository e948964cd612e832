// Reading a dataset from disk and refusing it whole when anything is off: data/*.json (one file per collection,
// what `npm start` serves and `npm run data:check` checks) or a single DATASET_FILE (the bench's synthetic data).
// Both go through the contract's validateDataset, the one implementation of the rules; a bad JSON file is
// reported by line, column and a short excerpt, never echoed.
import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../src/shared/api/contract/dataset';
import {
  DatasetError,
  inDataDir,
  inDatasetFile,
  type DatasetProblem,
} from '../src/shared/api/contract/datasetProblems';
import { DATASET_COLLECTIONS, validateDataset, type CheckedDataset } from '../src/shared/api/contract/integrity';
import { parseJsonText, type JsonTextResult } from '../src/shared/api/contract/jsonText';

// This file's folder is server/ (run from source) or dist-server/ (compiled, one flat folder): the repository is
// its parent either way.
export const DATA_DIR = path.resolve(import.meta.dirname, '..', 'data');

/** Reads and parses one JSON file; the text is dropped as soon as it is parsed. */
function readJson(file: string): JsonTextResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read the file (${(error as Error).message})` };
  }
  return parseJsonText(text);
}

/** The raw JSON of data/<collection>.json for every collection, and a problem for each file that cannot be read. */
export function readDataDir(dir = DATA_DIR): { raw: Record<string, unknown>; problems: DatasetProblem[] } {
  const raw: Record<string, unknown> = {};
  const problems: DatasetProblem[] = [];
  for (const collection of DATASET_COLLECTIONS) {
    const read = readJson(path.join(dir, `${collection}.json`));
    if (read.ok) raw[collection] = read.value;
    else problems.push({ collection, id: null, field: null, message: read.message });
  }
  return { raw, problems };
}

/** data/ read and validated (every rule but data:check's verbatim quotes). */
export function checkDataDir(dir = DATA_DIR): CheckedDataset {
  const { raw, problems } = readDataDir(dir);
  return problems.length ? { dataset: null, problems } : validateDataset(raw);
}

/** One dataset file read and validated; each collection's raw array is released once parsed. */
export function checkDatasetFile(file: string): CheckedDataset {
  const read = readJson(file);
  if (!read.ok)
    return { dataset: null, problems: [{ collection: null, id: null, field: null, message: read.message }] };
  return validateDataset(read.value, { releaseRaw: true });
}

/** The dataset in data/, or a DatasetError listing every problem as `models.json: model "x" field …`. */
export function loadDataDir(dir = DATA_DIR): Dataset {
  const { dataset, problems } = checkDataDir(dir);
  if (problems.length || !dataset) throw new DatasetError(`Could not load the dataset in ${dir}`, problems, inDataDir);
  return dataset;
}

/** A DATASET_FILE, or a DatasetError listing every problem as `big.json (models): model "x" field …`. */
export function loadDatasetFile(file: string): Dataset {
  const { dataset, problems } = checkDatasetFile(file);
  if (problems.length || !dataset)
    throw new DatasetError(`Could not load DATASET_FILE ${file}`, problems, inDatasetFile(path.basename(file)));
  return dataset;
}
