// The rules a dataset must pass before anyone serves it, in one place: the schema (zod), then integrity (ids
// unique per collection, every reference resolves). data/index.ts (the MSW mock), the server (data/ and
// DATASET_FILE) and `npm run data:check` all call validateDataset; data:check adds its editorial rules for the
// committed article data (scripts/data-check/checks.ts: one quote per source, every source used, quotes verbatim
// in the article), which a synthetic bench dataset need not meet.
import type { ZodError } from 'zod';
import { Dataset } from './dataset';
import { clipValue, recordNoun, type DatasetCollection, type DatasetProblem } from './datasetProblems';

/** The dataset's collections, in file order. */
export const DATASET_COLLECTIONS = Object.keys(Dataset.shape) as DatasetCollection[];

export interface CheckedDataset {
  /**
   * The schema-valid data, or null when the schema fails. Serve it only when `problems` is empty: integrity
   * problems leave it set so that data:check can go on to its quote check.
   */
  dataset: Dataset | null;
  problems: DatasetProblem[];
}

/**
 * Schema, then integrity. Each collection is parsed on its own; with `releaseRaw` its raw array is deleted from
 * `raw` once parsed, so a large file never holds the raw and the parsed copy of everything at once.
 */
export function validateDataset(raw: unknown, { releaseRaw = false } = {}): CheckedDataset {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const message = `expected a JSON object with the arrays ${DATASET_COLLECTIONS.join(', ')}`;
    return { dataset: null, problems: [{ collection: null, id: null, field: null, message }] };
  }
  const bag = raw as Record<string, unknown>;
  const parsed: Record<string, unknown> = {};
  const problems: DatasetProblem[] = [];
  for (const name of DATASET_COLLECTIONS) {
    const result = Dataset.shape[name].safeParse(bag[name]);
    if (result.success) parsed[name] = result.data;
    else problems.push(...schemaProblems(name, result.error, bag[name]));
    if (releaseRaw) delete bag[name];
  }
  if (problems.length) return { dataset: null, problems };
  const dataset = parsed as Dataset;
  return { dataset, problems: checkIntegrity(dataset) };
}

/** `benchmarks[1].sourceId` from a zod path `[1, 'benchmarks', 1, 'sourceId']` minus the record index. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

/** Maps zod issues on one collection to problems naming the record (its id, else its position) and the field. */
export function schemaProblems(collection: DatasetCollection, error: ZodError, rawList: unknown): DatasetProblem[] {
  return error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const field = rest.length ? fieldPath(rest) : null;
    if (typeof index !== 'number') return { collection, id: null, field, message: issue.message };
    const rec: unknown = Array.isArray(rawList) ? rawList[index] : undefined;
    const id = typeof rec === 'object' && rec !== null ? (rec as { id?: unknown }).id : undefined;
    return typeof id === 'string' && id !== ''
      ? { collection, id, field, message: issue.message }
      : { collection, id: null, index, field, message: issue.message };
  });
}

/** One reference from a record to another: `field` of `collection`/`id` names `value` in `target`. */
export interface Reference {
  collection: DatasetCollection;
  id: string;
  field: string;
  target: DatasetCollection;
  value: string;
}

/**
 * Calls `visit` for every reference in the dataset (null ones left out): the one list of which field points where.
 * A callback, not a generator: on a 130k-record file a generator per reference took seconds.
 */
export function forEachReference(d: Dataset, visit: (r: Reference) => void): void {
  const ref = (
    collection: DatasetCollection,
    id: string,
    field: string,
    target: DatasetCollection,
    value: string | null,
  ) => {
    if (value !== null) visit({ collection, id, field, target, value });
  };
  for (const v of d.vendors) ref('vendors', v.id, 'sourceId', 'sources', v.sourceId);
  for (const m of d.models) {
    ref('models', m.id, 'sourceId', 'sources', m.sourceId);
    ref('models', m.id, 'vendorId', 'vendors', m.vendorId);
    m.benchmarks.forEach((b, i) => ref('models', m.id, `benchmarks[${i}].sourceId`, 'sources', b.sourceId));
    if (m.apiPrice) ref('models', m.id, 'apiPrice.sourceId', 'sources', m.apiPrice.sourceId);
  }
  for (const m of d.metrics) {
    ref('metrics', m.id, 'sourceId', 'sources', m.sourceId);
    ref('metrics', m.id, 'vendorId', 'vendors', m.vendorId);
    ref('metrics', m.id, 'baselineId', 'metrics', m.baselineId);
  }
  for (const e of d.events) {
    ref('events', e.id, 'sourceId', 'sources', e.sourceId);
    ref('events', e.id, 'vendorId', 'vendors', e.vendorId);
    ref('events', e.id, 'stageId', 'stages', e.stageId);
    e.modelIds.forEach((mid, i) => ref('events', e.id, `modelIds[${i}]`, 'models', mid));
  }
  for (const s of d.stages) ref('stages', s.id, 'sourceId', 'sources', s.sourceId);
  for (const c of d.claims) {
    ref('claims', c.id, 'sourceId', 'sources', c.sourceId);
    c.vendorIds.forEach((vid, i) => ref('claims', c.id, `vendorIds[${i}]`, 'vendors', vid));
  }
}

/** Ids unique per collection, every reference resolves, no metric is its own baseline. */
export function checkIntegrity(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (collection: DatasetCollection, id: string, field: string | null, message: string) =>
    problems.push({ collection, id, field, message });

  const ids = {} as Record<DatasetCollection, Set<string>>;
  for (const name of DATASET_COLLECTIONS) {
    ids[name] = new Set();
    for (const { id } of d[name]) {
      if (ids[name].has(id)) add(name, id, 'id', `duplicate id (an earlier ${recordNoun(name)} has it)`);
      ids[name].add(id);
    }
  }
  forEachReference(d, (r) => {
    if (!ids[r.target].has(r.value))
      add(r.collection, r.id, r.field, `unknown ${recordNoun(r.target)} "${clipValue(r.value)}"`);
    else if (r.field === 'baselineId' && r.value === r.id)
      add(r.collection, r.id, r.field, 'points at the metric itself');
  });
  return problems;
}
