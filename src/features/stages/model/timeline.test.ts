import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
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
  timelineMarks,
  timelinePoints,
  timelineRows,
  timelineTable,
  type TimelineLabels,
} from './timeline';
import { event, model, scaleEvents, scaleModels, vendors } from './fixtures.test-util';
import type { SourceKind } from '../../../shared/api/contract';

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
    expect(releaseItems([qwen], [], V, 'zh', L, kindOf)[0]!.name).toBe('通义千问');
    expect(releaseItems([qwen], [], V, 'en', L, kindOf)[0]!.name).toBe('Tongyi Qianwen');
  });
});

describe('releaseItems: kind and told stage', () => {
  // The sentence of the CFO event also states a target; the event itself is reported.
  const sentenceKind = (id: string): SourceKind => (id === 's-cfo-release' ? 'target' : 'reported');
  const told = (id: string) => (id === 's-gpt-4' ? ('parameters' as const) : null);
  const cfo = event({
    id: 'cfo-release',
    date: '2024-06',
    vendorId: 'openai',
    kind: 'reported',
    stageId: 'multimodal-monetization',
  });
  const items = releaseItems(models, [cfo], V, 'en', L, sentenceKind, told);

  it('badges an event with its own kind, not its sentence’s', () => {
    expect(items.find((i) => i.id === 'event:cfo-release')!.sourceKind).toBe('reported');
  });

  it('files an event under its stageId and a model under the stage its sentence is told in', () => {
    expect(items.find((i) => i.id === 'event:cfo-release')!.toldIn).toBe('multimodal-monetization');
    expect(items.find((i) => i.id === 'model:gpt-4')!.toldIn).toBe('parameters');
    expect(items.find((i) => i.id === 'model:llama')!.toldIn).toBeNull();
  });

  it('says where each release is told in its tooltip and in the table', () => {
    const labels: TimelineLabels = { ...L, toldIn: (id) => (id ? `told in ${id}` : 'told outside') };
    const rows = timelineRows(items);
    const tip = timelinePoints(items, rows, 'en', labels).find((p) => p.key === 'openai|2024-06')!.tips[0]!;
    expect(tip.value).toBe('Jun 2024 · OpenAI · release event · told in multimodal-monetization');
    const h = { name: 'Release', date: 'Date', vendor: 'Vendor', kind: 'Type', sourceKind: 'Kind', source: 'Source' };
    const table = timelineTable(items, 'en', labels, { ...h, toldIn: 'Told in' });
    expect(table.columns.map((c) => c.key)).toContain('toldIn');
    expect(table.rows.find((r) => r.name === 'GPT-4')!.toldIn).toBe('told in parameters');
    expect(timelineTable(items, 'en', labels, h).columns.map((c) => c.key)).not.toContain('toldIn');
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
    expect(t.rows[2]).toMatchObject({
      name: 'GPT-4',
      date: 'Mar 2023',
      vendor: 'OpenAI',
      kind: 'model',
      sourceKind: 'estimate',
      source: 's-gpt-4',
    });
    // The CSV: the date as the data writes it and the kind's code; the formatted ones are for the screen.
    expect(csvFigure(t.rows[2]!)).toMatchObject({ value: null, period: '2023-03', kind: 'estimate' });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['date', 'sourceKind']);
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
  // The room the article's four stage lanes take on a desktop (one label line each).
  const LANES = 4 * 26 + 3;
  it('has one height from 6 rows up to the cap and beyond: a full timeline, whatever the data', () => {
    const full = timelineLayout(TIMELINE_ROW_CAP, LANES).height;
    for (const rows of [6, 7, 9, TIMELINE_ROW_CAP]) expect(timelineLayout(rows, LANES).height).toBe(full);
    expect(timelineLayout(TIMELINE_ROW_CAP, LANES).pitch).toBe(ROW_PITCH);
    expect(timelineLayout(6, LANES).pitch).toBeLessThanOrEqual(ROW_PITCH_MAX);
  });

  it('shrinks with fewer rows instead of spreading them past ROW_PITCH_MAX, down to 200 px', () => {
    const full = timelineLayout(TIMELINE_ROW_CAP, LANES).height;
    const three = timelineLayout(3, LANES);
    expect(three.pitch).toBe(ROW_PITCH_MAX);
    expect(three.height).toBeLessThan(full);
    const one = timelineLayout(1, 60);
    expect(one.height).toBe(200);
    expect(timelineLayout(0, 60)).toEqual(one);
  });

  it('gives the lanes’ room in rows, so that rows and lanes add up to the pixel height', () => {
    const l = timelineLayout(7, LANES);
    expect(l.headRoom * l.pitch).toBeCloseTo(LANES + 6);
    expect((7 + l.headRoom) * l.pitch + 40).toBeCloseTo(l.height, 0);
  });
});
