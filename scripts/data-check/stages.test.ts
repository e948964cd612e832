import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../server/datasetFiles';
import type { Dataset } from '../../src/shared/api/contract/dataset';
import { formatProblem } from '../../src/shared/api/contract/datasetProblems';
import { validateDataset } from '../../src/shared/api/contract/integrity';
import { tinyDataset } from '../../src/shared/api/contract/testing/tinyDataset';
import { runChecks } from './checks';
import { checkEventStages, checkStageSpans, stageBySection } from './stages';

const lines = (problems: ReturnType<typeof checkEventStages>) => problems.map((p) => formatProblem(p));

/** The tiny dataset with a second stage told in section "y", and one sentence standing outside both. */
function twoStages(): Dataset {
  const d = tinyDataset();
  d.stages.push({
    ...d.stages[0]!,
    id: 'multimodal-monetization',
    order: 2,
    start: '2024',
    end: null,
    section: 'y',
    sourceId: 's-amazon',
  });
  d.sources[1]!.section = 'y';
  return d;
}

function committed(): Dataset {
  const { raw } = readDataDir();
  const { dataset } = validateDataset(raw);
  if (!dataset) throw new Error('the committed dataset does not load');
  return dataset;
}

describe('stageBySection', () => {
  it('maps each stage’s section to the stage, leaving out stages without one', () => {
    const d = twoStages();
    d.stages.push({ ...d.stages[0]!, id: 'device', order: 3, dated: false, start: null, end: null, section: null });
    expect([...stageBySection(d.stages)]).toEqual([
      ['x', 'parameters'],
      ['y', 'multimodal-monetization'],
    ]);
  });
});

describe('checkEventStages', () => {
  it('passes an event filed under the stage whose section tells it', () => {
    expect(checkEventStages(twoStages())).toEqual([]);
  });

  it('reports an event filed by its date under another stage than the section that tells it', () => {
    const d = twoStages();
    d.events[0]!.stageId = 'multimodal-monetization';
    expect(lines(checkEventStages(d))).toEqual([
      'events.json: event "gpt-2-release" field stageId: its sentence stands in section "x", which tells stage "parameters", not "multimodal-monetization"',
    ]);
  });

  it('wants null for an event told outside every stage’s section, and a stage for one told inside', () => {
    const d = twoStages();
    d.sources[0]!.section = '二、算力和成本';
    expect(lines(checkEventStages(d))).toEqual([
      'events.json: event "gpt-2-release" field stageId: its sentence stands in section "二、算力和成本", which tells no stage: stageId must be null, not "parameters"',
    ]);
    d.events[0]!.stageId = null;
    expect(checkEventStages(d)).toEqual([]);
    d.sources[0]!.section = 'x';
    expect(lines(checkEventStages(d))).toEqual([
      'events.json: event "gpt-2-release" field stageId: its sentence stands in section "x", which tells stage "parameters", not null',
    ]);
  });
});

describe('checkStageSpans', () => {
  it('passes stages that cover what their sections tell (an open end runs on)', () => {
    expect(checkStageSpans(twoStages())).toEqual([]);
  });

  it('reports each record a stage that ends too early leaves out', () => {
    const d = tinyDataset();
    d.stages[0]!.end = '2023-12';
    expect(lines(checkStageSpans(d))).toEqual([
      'metrics.json: metric "amazon-investment" field period: 2024 is told in stage "parameters"\'s section but lies outside the stage (2019-02–2023-12)',
    ]);
  });

  it('reports a record before the stage’s start, and leaves forecasts and targets (later periods) out', () => {
    const d = tinyDataset();
    d.stages[0]!.start = '2020';
    expect(lines(checkStageSpans(d)).map((l) => l.split(':').slice(0, 2).join(':'))).toEqual([
      'events.json: event "gpt-2-release" field date',
      'models.json: model "gpt-2" field released',
    ]);
    d.stages[0]!.start = '2019-02';
    d.metrics[0]!.period = '2025';
    expect(checkStageSpans(d)).toHaveLength(1);
    d.sources[1]!.kind = 'target';
    expect(checkStageSpans(d)).toEqual([]);
  });

  it('skips stages that are not dated', () => {
    const d = tinyDataset();
    Object.assign(d.stages[0]!, { dated: false, start: null, end: null });
    expect(checkStageSpans(d)).toEqual([]);
  });
});

describe('the committed stages', () => {
  it('pass both rules', () => {
    const d = committed();
    expect(lines([...checkEventStages(d), ...checkStageSpans(d)])).toEqual([]);
  });

  it('would catch the old filing: stage 1 ending in 2023-12 and its 2024 events filed by date under stage 2', () => {
    const d = committed();
    const parameters = d.stages.find((s) => s.id === 'parameters')!;
    parameters.end = '2023-12';
    const gpt4o = d.events.find((e) => e.id === 'gpt-4o-release')!;
    gpt4o.stageId = 'multimodal-monetization';
    const problems = lines(runChecks(d, null).problems);
    expect(problems).toContain(
      'events.json: event "gpt-4o-release" field stageId: its sentence stands in section "一、三个阶段 / 第一阶段", which tells stage "parameters", not "multimodal-monetization"',
    );
    expect(problems).toContain(
      'events.json: event "gemini-2-0-flash-release" field date: 2024-12-12 is told in stage "parameters"\'s section but lies outside the stage (2019-02–2023-12)',
    );
  });

  it('overlap as the article tells them: stages 1 and 2 run in parallel, the device layer is not dated', () => {
    const d = committed();
    const by = new Map(d.stages.map((s) => [s.id, s]));
    const one = by.get('parameters')!;
    const two = by.get('multimodal-monetization')!;
    expect(one.start! < two.start! && two.start! < one.end!).toBe(true);
    expect(by.get('device')).toMatchObject({ dated: false, start: null, end: null, future: true });
  });
});
