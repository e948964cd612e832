// What is wrong with a dataset, said so that an editor can find it: the file, the record's id and the field.
// One wording for every reader of a dataset: data/index.ts (the MSW mock), the server (data/ and DATASET_FILE)
// and `npm run data:check`.
import type { Dataset } from './dataset';

export type DatasetCollection = keyof Dataset;

export interface DatasetProblem {
  /** The resource array the problem is in; null for the file as a whole (bad JSON, not an object). */
  collection: DatasetCollection | null;
  /** The record's id; null when the record has none (then `index` says which one) or for a whole collection. */
  id: string | null;
  /** Position in the collection, given when the record has no usable id. */
  index?: number;
  /** The field, as a path (`apiPrice.sourceId`, `modelIds[2]`); null for the record as a whole. */
  field: string | null;
  message: string;
}

/** Where a collection lives, for the message: `models.json` in data/, `big.json (models)` for one dataset file. */
export type PlaceOf = (collection: DatasetCollection | null) => string;

export const inDataDir: PlaceOf = (collection) => (collection ? `${collection}.json` : 'data/');

export function inDatasetFile(fileName: string): PlaceOf {
  return (collection) => (collection ? `${fileName} (${collection})` : fileName);
}

/** Record noun of a collection: `models` → `model`. */
export function recordNoun(collection: DatasetCollection): string {
  return collection.slice(0, -1);
}

/** A value from the data, cut so that a huge id or text cannot flood a message. */
export function clipValue(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** `models.json: model "gpt-4o" field vendorId: unknown vendor "openai2"`. */
export function formatProblem(p: DatasetProblem, placeOf: PlaceOf = inDataDir): string {
  const where: string[] = [];
  if (p.collection && p.id !== null) where.push(`${recordNoun(p.collection)} "${clipValue(p.id)}"`);
  else if (p.collection && p.index !== undefined) where.push(`${recordNoun(p.collection)} #${p.index + 1}`);
  if (p.field) where.push(`field ${p.field}`);
  const place = placeOf(p.collection);
  return `${where.length ? `${place}: ${where.join(' ')}` : place}: ${p.message}`;
}

/** `<what>: 3 problems:` and one line per problem, at most `limit` lines (a broken 50-MB file can have millions). */
export function describeProblems(what: string, problems: DatasetProblem[], placeOf: PlaceOf, limit = 20): string {
  const n = problems.length;
  const lines = problems.slice(0, limit).map((p) => `  - ${formatProblem(p, placeOf)}`);
  if (n > limit) lines.push(`  … and ${n - limit} more`);
  return `${what}: ${n} problem${n === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** A dataset that must not be served. Expected (bad input), so its message is the whole story: no stack needed. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    what: string,
    readonly problems: DatasetProblem[],
    placeOf: PlaceOf,
  ) {
    super(describeProblems(what, problems, placeOf));
  }
}
