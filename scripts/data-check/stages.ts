// data:check's stage rules: the stages are the article's, so each event is filed under the stage whose section
// tells it, and a stage runs over (at least) what its section tells. Both are read from the data itself: a stage
// names its section (`Stage.section`), a record's sentence names the section it stands in (`Source.section`).
import type { Dataset } from '../../src/shared/api/contract/dataset';
import type { DatasetCollection, DatasetProblem } from '../../src/shared/api/contract/datasetProblems';
import type { SourceKind } from '../../src/shared/api/contract/resources';
import { dateSpan, stageBySection } from '../../src/shared/api/contract/semantics';

export { stageBySection };

/**
 * Every event's stageId is the stage whose section holds its source sentence, and null when the sentence stands
 * outside every stage's section (the article then files it under no stage).
 */
export function checkEventStages(d: Dataset): DatasetProblem[] {
  const bySection = stageBySection(d.stages);
  const sectionOf = new Map(d.sources.map((s) => [s.id, s.section]));
  const problems: DatasetProblem[] = [];
  for (const e of d.events) {
    const section = sectionOf.get(e.sourceId);
    if (section === undefined) continue; // a dangling sourceId is the integrity check's to report
    const told = bySection.get(section) ?? null;
    if (e.stageId === told) continue;
    problems.push({
      collection: 'events',
      id: e.id,
      field: 'stageId',
      message: told
        ? `its sentence stands in section "${section}", which tells stage "${told}", not ${e.stageId ? `"${e.stageId}"` : 'null'}`
        : `its sentence stands in section "${section}", which tells no stage: stageId must be null, not "${e.stageId}"`,
    });
  }
  return problems;
}

/** Kinds of figures about a period still to come (a target for 2025): when they were told says nothing of it. */
const FORWARD: ReadonlySet<SourceKind> = new Set(['forecast', 'target']);

interface ToldRecord {
  collection: DatasetCollection;
  id: string;
  field: string;
  date: string;
  sourceId: string;
  kind: SourceKind | undefined;
}

/** The dated records and the date each is told for (events, model releases, metric periods, claim dates). */
function toldRecords(d: Dataset, kindOf: (sourceId: string) => SourceKind | undefined): ToldRecord[] {
  const out: ToldRecord[] = [];
  const add = (collection: DatasetCollection, id: string, field: string, date: string | null, sourceId: string) => {
    if (date !== null) out.push({ collection, id, field, date, sourceId, kind: kindOf(sourceId) });
  };
  for (const e of d.events)
    out.push({ collection: 'events', id: e.id, field: 'date', date: e.date, sourceId: e.sourceId, kind: e.kind });
  for (const m of d.models) add('models', m.id, 'released', m.released, m.sourceId);
  for (const m of d.metrics) add('metrics', m.id, 'period', m.period, m.sourceId);
  for (const c of d.claims) add('claims', c.id, 'date', c.date, c.sourceId);
  return out;
}

/**
 * A dated stage runs over everything its section tells: each dated record whose sentence stands in the stage's
 * section lies within the stage's start and end (an open end runs on). Forecasts and targets are about later
 * periods and are left out. A stage that ended too early (stage 1 ending in 2023 while its section tells GPT-4o,
 * o1 and Gemini 2.0 Flash in 2024) is reported at each record it leaves out.
 */
export function checkStageSpans(d: Dataset): DatasetProblem[] {
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const stageOf = new Map(d.stages.filter((s) => s.section !== null).map((s) => [s.section!, s]));
  const problems: DatasetProblem[] = [];
  for (const r of toldRecords(d, (id) => sources.get(id)?.kind)) {
    const section = sources.get(r.sourceId)?.section;
    const stage = section === undefined ? undefined : stageOf.get(section);
    if (!stage || stage.start === null || (r.kind && FORWARD.has(r.kind))) continue;
    const span = dateSpan(r.date);
    const from = dateSpan(stage.start).start;
    const to = stage.end === null ? null : dateSpan(stage.end).end;
    if (span.start >= from && (to === null || span.end <= to)) continue;
    problems.push({
      collection: r.collection,
      id: r.id,
      field: r.field,
      message: `${r.date} is told in stage "${stage.id}"'s section but lies outside the stage (${stage.start}–${stage.end ?? 'open'})`,
    });
  }
  return problems;
}
