// Pure checks for the committed dataset (data/*.json). Used by scripts/data-check.ts and its tests.
import { ZodError } from 'zod';
import type { Dataset } from '../../src/shared/api/contract/dataset';

/** One problem found in the dataset: which file, which record (when known), what is wrong. */
export interface Problem {
  file: string;
  id: string | null;
  message: string;
}

export const DATA_FILES = ['sources', 'vendors', 'models', 'metrics', 'events', 'stages', 'claims'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** Renders a problem as one readable line: `metrics.json [azure-guidance] low: expected number`. */
export function formatProblem(p: Problem): string {
  return `${p.file}.json${p.id ? ` [${p.id}]` : ''} ${p.message}`;
}

function recordId(raw: unknown, file: string, index: unknown): string | null {
  if (typeof index !== 'number' || typeof raw !== 'object' || raw === null) return null;
  const list = (raw as Record<string, unknown>)[file];
  if (!Array.isArray(list)) return null;
  const rec: unknown = list[index];
  if (typeof rec === 'object' && rec !== null && typeof (rec as { id?: unknown }).id === 'string')
    return (rec as { id: string }).id;
  return `#${index}`;
}

/** Maps zod issues on the whole dataset to problems naming the file and the record id. */
export function zodProblems(error: ZodError, raw: unknown): Problem[] {
  return error.issues.map((issue) => {
    const [file, index, ...rest] = issue.path;
    const fileName = typeof file === 'string' ? file : 'dataset';
    const field = rest.map(String).join('.');
    return {
      file: fileName,
      id: recordId(raw, fileName, index),
      message: `${field ? `${field}: ` : ''}${issue.message}`,
    };
  });
}

/** Validates the raw JSON with the given parser (parseDataset from data/index.ts). */
export function checkSchema(
  raw: unknown,
  parse: (raw: unknown) => Dataset,
): { dataset: Dataset | null; problems: Problem[] } {
  try {
    return { dataset: parse(raw), problems: [] };
  } catch (error) {
    if (error instanceof ZodError) return { dataset: null, problems: zodProblems(error, raw) };
    return { dataset: null, problems: [{ file: 'dataset', id: null, message: String(error) }] };
  }
}

/** Ids unique per file, no duplicate quotes, every reference resolves, every source is used. */
export function checkIntegrity(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (file: DataFile, id: string | null, message: string) => problems.push({ file, id, message });

  const ids = {} as Record<DataFile, Set<string>>;
  for (const file of DATA_FILES) {
    ids[file] = new Set();
    for (const rec of d[file] as { id: string }[]) {
      if (ids[file].has(rec.id)) add(file, rec.id, `duplicate id "${rec.id}"`);
      ids[file].add(rec.id);
    }
  }

  const quotes = new Map<string, string>();
  for (const s of d.sources) {
    const first = quotes.get(s.quote);
    if (first !== undefined) add('sources', s.id, `duplicate quote (same as source "${first}")`);
    else quotes.set(s.quote, s.id);
  }

  const used = new Set<string>();
  const ref = (file: DataFile, id: string, field: string, target: DataFile, value: string | null) => {
    if (value === null) return;
    if (target === 'sources') used.add(value);
    if (!ids[target].has(value)) add(file, id, `${field} "${value}" does not exist in ${target}.json`);
  };

  for (const v of d.vendors) ref('vendors', v.id, 'sourceId', 'sources', v.sourceId);
  for (const m of d.models) {
    ref('models', m.id, 'sourceId', 'sources', m.sourceId);
    ref('models', m.id, 'vendorId', 'vendors', m.vendorId);
    m.benchmarks.forEach((b, i) => ref('models', m.id, `benchmarks.${i}.sourceId`, 'sources', b.sourceId));
    if (m.apiPrice) ref('models', m.id, 'apiPrice.sourceId', 'sources', m.apiPrice.sourceId);
  }
  for (const m of d.metrics) {
    ref('metrics', m.id, 'sourceId', 'sources', m.sourceId);
    ref('metrics', m.id, 'vendorId', 'vendors', m.vendorId);
    ref('metrics', m.id, 'baselineId', 'metrics', m.baselineId);
    if (m.baselineId === m.id) add('metrics', m.id, 'baselineId points at the metric itself');
  }
  for (const e of d.events) {
    ref('events', e.id, 'sourceId', 'sources', e.sourceId);
    ref('events', e.id, 'vendorId', 'vendors', e.vendorId);
    ref('events', e.id, 'stageId', 'stages', e.stageId);
    e.modelIds.forEach((mid) => ref('events', e.id, 'modelIds', 'models', mid));
  }
  for (const s of d.stages) ref('stages', s.id, 'sourceId', 'sources', s.sourceId);
  for (const c of d.claims) {
    ref('claims', c.id, 'sourceId', 'sources', c.sourceId);
    c.vendorIds.forEach((vid) => ref('claims', c.id, 'vendorIds', 'vendors', vid));
  }

  for (const s of d.sources) if (!used.has(s.id)) add('sources', s.id, 'source is not referenced by any record');
  return problems;
}

/** Every quote must occur verbatim (byte for byte) in one of the seed article texts. */
export function checkVerbatim(sources: Dataset['sources'], articles: string[]): Problem[] {
  return sources
    .filter((s) => !articles.some((text) => text.includes(s.quote)))
    .map((s) => ({ file: 'sources', id: s.id, message: 'quote does not occur verbatim in the seed article' }));
}

export interface CheckResult {
  dataset: Dataset | null;
  problems: Problem[];
}

/** All checks in order; verbatim only when article texts are given (null: seed folder missing). */
export function runChecks(raw: unknown, parse: (raw: unknown) => Dataset, articles: string[] | null): CheckResult {
  const schema = checkSchema(raw, parse);
  if (!schema.dataset) return schema;
  const problems = checkIntegrity(schema.dataset);
  if (articles) problems.push(...checkVerbatim(schema.dataset.sources, articles));
  return { dataset: schema.dataset, problems };
}

/** Record counts per file, for the success message. */
export function counts(d: Dataset): Record<DataFile, number> {
  return Object.fromEntries(DATA_FILES.map((f) => [f, d[f].length])) as Record<DataFile, number>;
}
