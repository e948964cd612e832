// data:check's editorial rules for the committed article data, on top of the rules every reader of a dataset
// applies on load (the contract's validateDataset: schema, unique ids, references; the one implementation the
// server and the MSW mock use too). Editorial: one quote per source, every source used by a record, every event
// filed under the stage whose section tells it and every stage covering what its section tells (./stages.ts),
// and every quote verbatim in the article (that one needs ../shared/seed). A synthetic bench dataset (one placeholder quote,
// stage sources copied without stages) need not meet them, so the server does not demand them.
import type { Dataset } from '../../src/shared/api/contract/dataset';
import { clipValue, type DatasetProblem } from '../../src/shared/api/contract/datasetProblems';
import {
  DATASET_COLLECTIONS,
  forEachReference,
  validateDataset,
  type CheckedDataset,
} from '../../src/shared/api/contract/integrity';
import { checkEventStages, checkStageSpans } from './stages';

/** No two sources quote the same sentence. */
export function checkQuotesUnique(sources: Dataset['sources']): DatasetProblem[] {
  const first = new Map<string, string>();
  const problems: DatasetProblem[] = [];
  for (const s of sources) {
    const earlier = first.get(s.quote);
    if (earlier === undefined) first.set(s.quote, s.id);
    else
      problems.push({
        collection: 'sources',
        id: s.id,
        field: 'quote',
        message: `same quote as source "${clipValue(earlier)}"`,
      });
  }
  return problems;
}

/** Every source is the source of at least one record. */
export function checkSourcesUsed(d: Dataset): DatasetProblem[] {
  const used = new Set<string>();
  forEachReference(d, (r) => {
    if (r.target === 'sources') used.add(r.value);
  });
  return d.sources
    .filter((s) => !used.has(s.id))
    .map((s) => ({ collection: 'sources', id: s.id, field: null, message: 'not used by any record' }));
}

/** Every quote must occur verbatim (byte for byte) in one of the seed article texts. */
export function checkVerbatim(sources: Dataset['sources'], articles: string[]): DatasetProblem[] {
  return sources
    .filter((s) => !articles.some((text) => text.includes(s.quote)))
    .map((s) => ({
      collection: 'sources',
      id: s.id,
      field: 'quote',
      message: 'does not occur verbatim in the seed article',
    }));
}

/** The load rules, then the editorial ones; verbatim only when article texts are given (null: seed folder missing). */
export function runChecks(raw: unknown, articles: string[] | null): CheckedDataset {
  const { dataset, problems } = validateDataset(raw);
  if (!dataset) return { dataset, problems };
  problems.push(
    ...checkQuotesUnique(dataset.sources),
    ...checkSourcesUsed(dataset),
    ...checkEventStages(dataset),
    ...checkStageSpans(dataset),
  );
  if (articles) problems.push(...checkVerbatim(dataset.sources, articles));
  return { dataset, problems };
}

/** Record counts per file, for the success message. */
export function counts(d: Dataset): Record<keyof Dataset, number> {
  return Object.fromEntries(DATASET_COLLECTIONS.map((f) => [f, d[f].length])) as Record<keyof Dataset, number>;
}
