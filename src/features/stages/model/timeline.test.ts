import { describe, expect, it } from 'vitest';
import { dataset } from '../../../../data';
import {
  ROW_PITCH,
  ROW_PITCH_MAX,
  TIMELINE_DOT_CAP,
  TIMELINE_ROW_CAP,
  isPreciseDate,
  mostActiveRows,
  timelineLayout,
  releaseItems,
  stageBands,
  timelineMarks,
  timelinePoints,
  timelineRows,
  timelineTable,
  type TimelineLabels,
} from './timeline';
import { event, model, scaleEvents, scaleModels, stage, vendors } from './fixtures.test-util';
import type { SourceKind } from '../../../shared/api/contract';
import { timeDomain } from '../../../shared/charts/time';

const V = vendors(['openai', 'OpenAI', 'OpenAI'], ['meta', 'Meta', 'Meta'], ['amazon', 'Amazon', '亚马逊']);
const L: TimelineLabels = {
  noVendor: 'No vendor',
  kinds: { model: 'model', product: 'product', chip: 'chip', event: 'release event' },
};
const kindOf = (id: string): SourceKind => (id === 's-gpt-4' ? 'estimate' : 'reported');

const models = [
  model({ id: 'gpt-4', vendorId: 'openai', name: 'GPT-4', released: '2023-03' }),
  model({ id: 'gpt-2', vendorId: 'openai', name: 'GPT-2', released: '2019-02' }),
  model({ id: 'llama', vendorId: 'meta', name: 'Llama 3.3 70B', released: '2024-12-09' }),
  model({ id: 'llama-405', vendorId: 'meta', name: 'Llama 3.1 405B', released: null }),
  model({ id: 'trainium', vendorId: 'amazon', name: 'Trainium3', kind: 'chip', released: '2024-12-03' }),
  model({ id: 'claude', vendorId: 'amazon', name: 'Claude', released: null }),
];
const events = [
  // the same release as the model: not drawn twice
  event({ id: 'gpt-4-release', date: '2023-03', vendorId: 'openai', modelIds: ['gpt-4'] }),
  // names an undated model too, but the dated one is this release
  event({ id: 'llama-release', date: '2024-12-09', vendorId: 'meta', modelIds: ['llama', 'llama-405'] }),
  // no model on the timeline: drawn as an event
  event({ id: 'reinvent', date: '2024-12-03', vendorId: 'amazon', modelIds: [] }),
  event({ id: 'claude-iter', date: '2024-Q2', vendorId: 'amazon', modelIds: ['claude'] }),
  // not a release
  event({ id: 'cfo', date: '2024-06', vendorId: 'openai', category: 'people' }),
  // no vendor
  event({ id: 'hundred', date: '2023', vendorId: null }),
];

describe('releaseItems', () => {
  const items = releaseItems(models, events, V, 'en', L, kindOf);
  it('takes dated models and release events, in date order, without duplicates', () => {
    expect(items.map((i) => i.id)).toEqual([
      'model:gpt-2',
      'event:hundred',
      'model:gpt-4',
      'event:claude-iter',
      'event:reinvent',
      'model:trainium',
      'model:llama',
    ]);
  });
  it('keeps the kind, the source kind and the date precision', () => {
    const gpt4 = items.find((i) => i.id === 'model:gpt-4')!;
    expect(gpt4).toMatchObject({ kind: 'model', sourceKind: 'estimate', precise: true, vendorName: 'OpenAI' });
    expect(items.find((i) => i.id === 'event:claude-iter')).toMatchObject({
      kind: 'event',
      precise: false,
      name: 'claude-iter en',
    });
    expect(items.find((i) => i.id === 'event:hundred')).toMatchObject({ vendorId: null, vendorName: 'No vendor' });
  });
  it('names vendors in the reader’s language', () => {
    expect(releaseItems(models, [], V, 'zh', L, kindOf).find((i) => i.vendorId === 'amazon')!.vendorName).toBe(
      '亚马逊',
    );
  });
  it('names models by their Chinese name in the Chinese view', () => {
    const qwen = model({
      id: 'qwen',
      vendorId: 'amazon',
      name: 'Tongyi Qianwen',
      nameZh: '通义千问',
      released: '2024',
    });
});

describe('timelineRows and timelinePoints', () => {
  const items = releaseItems(models, events, V, 'en', L, kindOf);
  const rows = timelineRows(items);
  it('orders vendor rows by first release, the no-vendor row last', () => {
    expect(rows.map((r) => r.key)).toEqual(['openai', 'amazon', 'meta', '']);
  });
  it('groups the releases of one vendor on one date into one dot', () => {
    const points = timelinePoints(items, rows, 'en', L);
    const amazonDec = points.find((p) => p.key === 'amazon|2024-12-03')!;
    expect(amazonDec.items.map((i) => i.name)).toEqual(['reinvent en', 'Trainium3']);
    expect(amazonDec.row).toBe(1);
    expect(amazonDec.tips).toHaveLength(2);
    expect(amazonDec.tips[1]).toMatchObject({
      title: 'Trainium3',
      value: 'Dec 3, 2024 · Amazon · chip',
      kind: 'reported',
      sourceId: 's-trainium',
    });
    expect(points).toHaveLength(6);
    expect(new Date(points.find((p) => p.key === 'amazon|2024-Q2')!.x).toISOString().slice(0, 10)).toBe('2024-04-01');
  });
});

describe('isPreciseDate', () => {
  it('needs a month', () => {
    expect(isPreciseDate('2024-05')).toBe(true);
    expect(isPreciseDate('2024-12-09')).toBe(true);
    expect(isPreciseDate('2024')).toBe(false);
    expect(isPreciseDate('2024-Q3')).toBe(false);
    expect(isPreciseDate('2024-H1')).toBe(false);
  });
});

describe('stageBands', () => {
  const stages = [
    stage({ id: 'multimodal-monetization', order: 2, start: '2024-01', end: '2024-12' }),
    stage({ id: 'parameters', order: 1, start: '2019-02', end: '2023-12' }),
    stage({ id: 'application', order: 3, start: '2024-12', end: null }),
    stage({ id: 'device', order: 4, start: '2025', end: null, future: true }),
  ];
  it('orders bands, runs open-ended stages to the domain end, and marks the future one', () => {
    const domain = timeDomain(2019, 2025);
    const bands = stageBands(stages, domain, 'en');
    expect(bands.map((b) => b.id)).toEqual(['parameters', 'multimodal-monetization', 'application', 'device']);
    expect(new Date(bands[0]!.x1).toISOString().slice(0, 10)).toBe('2019-02-01');
    expect(new Date(bands[0]!.x2).toISOString().slice(0, 10)).toBe('2023-12-31');
    expect(bands[2]!.x2).toBe(domain[1]);
    expect(bands[3]).toMatchObject({ future: true, openEnd: true, x2: domain[1], label: 'device en' });
    expect(bands[1]!.openEnd).toBe(false);
  });
  it('puts bands that overlap in time on different label lanes', () => {
    const bands = stageBands(stages, timeDomain(2019, 2025), 'en');
    expect(bands.map((b) => b.lane)).toEqual([0, 0, 1, 0]);
  });
  it('clips bands to a narrower domain and drops those outside it', () => {
    const domain = timeDomain(2020, 2022);
    const bands = stageBands(stages, domain, 'zh');
    expect(bands.map((b) => b.id)).toEqual(['parameters']);
    expect(bands[0]).toMatchObject({ x1: domain[0], x2: domain[1], label: 'parameters zh', datesBasis: '由我们划定' });
  });
});

describe('timelineTable', () => {
  it('has one row per release with date, vendor, kind and source', () => {
    const items = releaseItems(models, events, V, 'en', L, kindOf);
    const t = timelineTable(items, 'en', L, {
      name: 'Release',
      date: 'Date',
      vendor: 'Vendor',
      kind: 'Type',
      sourceKind: 'Kind',
      source: 'Source',
    });
    expect(t.rows).toHaveLength(items.length);
    expect(t.columns.find((c) => c.key === 'source')?.source).toBe(true);
    expect(t.rows[2]).toEqual({
      name: 'GPT-4',
      date: 'Mar 2023',
      vendor: 'OpenAI',
      kind: 'model',
      sourceKind: 'estimate',
      source: 's-gpt-4',
    });
  });
});

describe('timelineMarks (mark cap)', () => {
  const realV = new Map(dataset.vendors.map((v) => [v.id, v]));
  const itemsAt = (n: number) =>
    releaseItems(scaleModels(dataset.models, n), scaleEvents(dataset.events, n), realV, 'en', L, kindOf);

  it('leaves the article’s releases untouched', () => {
    const items = itemsAt(1);
    const rows = timelineRows(items);
    expect(timelineMarks(items, 'en', L)).toEqual({
      rows,
      points: timelinePoints(items, rows, 'en', L),
      shown: items.length,
      total: items.length,
      thinned: false,
      rowsThinned: false,
    });
  });

  it('draws at most TIMELINE_ROW_CAP vendor rows at 100×, every dot on a drawn row', () => {
    const items = itemsAt(100);
    const t = timelineMarks(items, 'en', L);
    expect(timelineRows(items).length).toBeGreaterThan(TIMELINE_ROW_CAP);
    expect(t.rows).toHaveLength(TIMELINE_ROW_CAP);
    expect(t).toMatchObject({ thinned: true, rowsThinned: true, total: items.length });
    const drawn = new Set(t.rows.map((r) => r.key));
    expect(drawn).toEqual(mostActiveRows(items));
    for (const p of t.points) expect(drawn.has(p.vendorId ?? '')).toBe(true);
  });

  it('caps 100× the dots, spread evenly over dates with both ends kept', () => {
    const items = itemsAt(100);
    expect(items).toHaveLength(100 * itemsAt(1).length);
    const all = timelinePoints(items, timelineRows(items), 'en', L);
    // every row allowed, to see the dot cap alone
    const t = timelineMarks(items, 'en', L, TIMELINE_DOT_CAP, Number.POSITIVE_INFINITY);
    expect(t.thinned).toBe(true);
    expect(t.total).toBe(items.length);
    expect(t.points).toHaveLength(TIMELINE_DOT_CAP);
    expect(t.points[0]!.key).toBe(all[0]!.key);
    expect(t.points.at(-1)!.key).toBe(all.at(-1)!.key);
    const xs = t.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // a kept dot keeps all of its same-day releases; `shown` counts them
    const byKey = new Map(all.map((p) => [p.key, p]));
    for (const p of t.points) expect(p.items).toEqual(byKey.get(p.key)!.items);
    expect(t.shown).toBe(t.points.reduce((n, p) => n + p.items.length, 0));
    // only vendors with a kept dot get a row, and every dot sits on its vendor's row
    expect(new Set(t.rows.map((r) => r.key))).toEqual(new Set(t.points.map((p) => p.vendorId ?? '')));
    for (const p of t.points) expect(t.rows[p.row]!.key).toBe(p.vendorId ?? '');
  });

  it('keeps every dot up to the cap', () => {
    const items = releaseItems(models, events, V, 'en', L, kindOf);
    const n = timelinePoints(items, timelineRows(items), 'en', L).length;
    expect(timelineMarks(items, 'en', L, n).thinned).toBe(false);
    const two = timelineMarks(items, 'en', L, 2);
    expect(two.points.map((p) => p.date)).toEqual(['2019-02', '2024-12-09']);
    expect(two.rows.map((r) => r.label)).toEqual(['OpenAI', 'Meta']);
    expect(two).toMatchObject({ shown: 2, total: items.length, thinned: true });
  });
});

describe('mostActiveRows', () => {
  const items = releaseItems(models, events, V, 'en', L, kindOf);
  const count = (key: string) => items.filter((it) => (it.vendorId ?? '') === key).length;

  it('keeps every row when they fit', () => {
    expect(mostActiveRows(items, 10)).toEqual(new Set(timelineRows(items).map((r) => r.key)));
  });

  it('keeps the rows with the most releases, ties going to the earlier first release', () => {
    const rows = timelineRows(items).map((r) => r.key);
    const one = [...mostActiveRows(items, 1)];
    expect(one).toHaveLength(1);
    expect(Math.max(...rows.map(count))).toBe(count(one[0]!));
    const two = mostActiveRows(items, 2);
    const left = rows.filter((k) => !two.has(k));
    for (const k of two) for (const l of left) expect(count(k)).toBeGreaterThanOrEqual(count(l));
  });
});

describe('timelineLayout', () => {
  it('has one height from 6 rows up to the cap and beyond: a full timeline, whatever the data', () => {
    const full = timelineLayout(TIMELINE_ROW_CAP, 2, 30).height;
    for (const rows of [6, 7, 9, TIMELINE_ROW_CAP]) expect(timelineLayout(rows, 2, 30).height).toBe(full);
    expect(timelineLayout(TIMELINE_ROW_CAP, 2, 30).pitch).toBe(ROW_PITCH);
    expect(timelineLayout(6, 2, 30).pitch).toBeLessThanOrEqual(ROW_PITCH_MAX);
  });

  it('shrinks with fewer rows instead of spreading them past ROW_PITCH_MAX, down to 200 px', () => {
    const full = timelineLayout(TIMELINE_ROW_CAP, 2, 30).height;
    const three = timelineLayout(3, 2, 30);
    expect(three.pitch).toBe(ROW_PITCH_MAX);
    expect(three.height).toBeLessThan(full);
    const one = timelineLayout(1, 2, 30);
    expect(one.height).toBe(200);
    expect(timelineLayout(0, 2, 30)).toEqual(one);
  });

  it('gives the stage-label room in rows, so that rows and lanes add up to the pixel height', () => {
    const l = timelineLayout(7, 2, 30);
    expect(l.laneRows * l.pitch).toBeCloseTo(30);
    expect((7 + l.headRoom) * l.pitch + 40).toBeCloseTo(l.height, 0);
  });
});
