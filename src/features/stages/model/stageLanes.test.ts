import { describe, expect, it } from 'vitest';
import { dataset } from '../../../../data';
import { timeDomain } from '../../../shared/charts/time';
import { event, stage, vendors } from './fixtures.test-util';
import {
  articleTimeMs,
  laneHeight,
  laneLabel,
  lanesOverlap,
  stageLanes,
  stageTicks,
  type LaneWords,
} from './stageLanes';
import { laneGeometry, laneLines, lanesPx } from './laneLayout';
import { timelineLayout } from './timeline';

const W: LaneWords = { stage: (n) => `Stage ${n}`, notDated: 'not dated', undatedQuote: '“not in 3–5 years”' };
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// The article's stages as the data tells them: 1 and 2 overlap, 3 is under way, 4 is not dated.
const STAGES = [
  stage({ id: 'multimodal-monetization', order: 2, start: '2023-Q3', end: '2024-12' }),
  stage({ id: 'parameters', order: 1, start: '2019-02', end: '2024-12' }),
  stage({ id: 'application', order: 3, start: '2024-12', end: null }),
  stage({ id: 'device', order: 4, start: null, dated: false, future: true }),
];

describe('articleTimeMs', () => {
  it('is the end of the latest month a dated stage reaches (an ongoing stage by its start)', () => {
    expect(iso(articleTimeMs(STAGES)!)).toBe('2024-12-31');
    expect(articleTimeMs([STAGES[3]!])).toBeNull();
  });
});

describe('stageLanes', () => {
  const domain = timeDomain(2019, 2025);
  const lanes = stageLanes(STAGES, domain, 'en', W);

  it('gives every stage a lane of its own, in the article’s order', () => {
    expect(lanes.map((l) => [l.id, l.lane])).toEqual([
      ['parameters', 0],
      ['multimodal-monetization', 1],
      ['application', 2],
      ['device', 3],
    ]);
    expect(lanes[0]!.label).toBe('Stage 1: parameters en');
  });

  it('draws stages 1 and 2 overlapping: both run through 2023-Q3 … 2024-12', () => {
    const [one, two] = lanes;
    expect(lanesOverlap(one!, two!)).toBe(true);
    expect([iso(one!.x1), iso(one!.x2)]).toEqual(['2019-02-01', '2024-12-31']);
    expect([iso(two!.x1), iso(two!.x2)]).toEqual(['2023-07-01', '2024-12-31']);
    expect(lanesOverlap(one!, lanes[3]!)).toBe(false);
  });

  it('runs an ongoing stage to the axis end, its told part ending at the article’s time', () => {
    const three = lanes[2]!;
    expect(three).toMatchObject({ ongoing: true, dated: true, x2: domain[1] });
    expect(iso(three.toldEnd)).toBe('2024-12-31');
  });

  it('draws the stage the article does not date after the article’s time, labelled as not dated', () => {
    const four = lanes[3]!;
    expect(four).toMatchObject({ dated: false, future: true, ongoing: false, x2: domain[1], start: null });
    expect(iso(four.x1)).toBe('2024-12-31');
    expect(four.label).toBe('Stage 4: device en — not dated: “not in 3–5 years”');
    expect([four.tag, four.name]).toEqual(['Stage 4', 'device en — “not in 3–5 years”']);
  });

  it('clips lanes to a narrower range, drops those outside it, and leaves the undated stage out before the article’s time', () => {
    const narrow = timeDomain(2020, 2022);
    const clipped = stageLanes(STAGES, narrow, 'zh', W);
    expect(clipped.map((l) => l.id)).toEqual(['parameters']);
    expect(clipped[0]).toMatchObject({ x1: narrow[0], x2: narrow[1], clippedStart: true, lane: 0 });
    expect(stageLanes(STAGES, timeDomain(2025, 2025), 'en', W).map((l) => l.id)).toEqual(['application', 'device']);
  });

  it('follows the committed data: ≥ 3 lanes, stages 1 and 2 overlapping, the device layer not dated', () => {
    const real = stageLanes(dataset.stages, domain, 'en', W);
    expect(real.length).toBeGreaterThanOrEqual(3);
    const by = new Map(real.map((l) => [l.id, l]));
    expect(lanesOverlap(by.get('parameters')!, by.get('multimodal-monetization')!)).toBe(true);
    expect(by.get('device')).toMatchObject({ dated: false });
  });
});

describe('stageTicks', () => {
  const domain = timeDomain(2019, 2025);
  const lanes = stageLanes(STAGES, domain, 'en', W);
  const V = vendors(['openai', 'OpenAI', 'OpenAI']);
  const events = [
    event({ id: 'gpt-4o', date: '2024-05', vendorId: 'openai', stageId: 'parameters' }),
    event({ id: 'cfo', date: '2024-06', vendorId: 'openai', stageId: 'multimodal-monetization', kind: 'reported' }),
    event({ id: 'q3', date: '2024-06', stageId: 'multimodal-monetization', kind: 'guidance' }),
    event({ id: 'huang', date: '2024', stageId: null, kind: 'claim' }),
  ];
  const { ticks, unfiled } = stageTicks(events, lanes, domain, V, 'en');

  it('puts each event on the lane of the stage that tells it, one tick per stage and date', () => {
    expect(ticks.map((t) => [t.stageId, t.lane, t.date, t.tips.length])).toEqual([
      ['parameters', 0, '2024-05', 1],
      ['multimodal-monetization', 1, '2024-06', 2],
    ]);
  });

  it('badges each event with its own kind and names its stage', () => {
    const tips = ticks[1]!.tips;
    expect(tips.map((t) => t.kind)).toEqual(['reported', 'guidance']);
    expect(tips[0]!.value).toBe('Jun 2024 · OpenAI · Stage 2');
  });

  it('lists the events told outside the stage sections instead of filing them', () => {
    expect(unfiled.map((e) => e.id)).toEqual(['huang']);
  });
});

describe('lane labels and heights', () => {
  it('writes a label from its bar’s start, or right-aligned to the plot’s edge when it would run past', () => {
    expect(laneLabel('Stage 1: Parameter contest', 100, { left: 100, right: 1300 })).toEqual({
      lines: ['Stage 1: Parameter contest'],
      x: 102,
      anchor: 'start',
    });
    expect(laneLabel('Stage 3: Application layer', 1250, { left: 100, right: 1300 })).toMatchObject({
      x: 1298,
      anchor: 'end',
    });
  });

  it('wraps a label to two lines where one does not fit the plot', () => {
    const l = laneLabel('Stage 2: Multimodal expansion and monetisation in parallel', 150, { left: 100, right: 300 });
    expect(l.lines).toHaveLength(2);
    expect(laneHeight(2)).toBe(2 * 13 + 8 + 5);
  });

  it('gives every lane two lines on a narrow chart, or where any label needs them', () => {
    expect(laneLines(['Stage 1: a'], 1000, true)).toBe(2);
    expect(laneLines(['Stage 1: a', 'Stage 2: b'], 1000, false)).toBe(1);
    expect(laneLines(['Stage 1: a', 'word '.repeat(60)], 1000, false)).toBe(2);
  });

  it('stacks the lanes top-down above row 0, inside the room timelineLayout gives them', () => {
    const layout = timelineLayout(6, lanesPx(4, 1));
    const g = laneGeometry(4, 1, layout);
    for (let i = 1; i < g.length; i++) expect(g[i]!.barTop).toBeGreaterThan(g[i - 1]!.barBottom);
    const top = -0.5 - layout.headRoom;
    expect(g[0]!.barTop).toBeGreaterThan(top);
    expect(g[3]!.barBottom).toBeLessThan(-0.5);
    for (const lane of g) expect(lane.tickY).toBeCloseTo((lane.barTop + lane.barBottom) / 2);
  });
});
