import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import type { Claim, Event, Vendor } from '../../../shared/api/contract';
import {
  CHIP_MARK_CAP,
  LANE_Y,
  LEVEL_STEP,
  UNDATED_LIST_CAP,
  inYears,
  listedUndated,
  shownMarks,
  stackLevels,
  timelineMarks,
  timelineTable,
  undatedClaims,
  type TimelineMark,
} from './timeline';

const event = (over: Partial<Event>): Event => ({
  id: 'e',
  date: '2024-12-03',
  stageId: 'multimodal-monetization',
  kind: 'reported',
  vendorId: 'amazon',
  category: 'chip',
  title: { en: 'Title', zh: '标题' },
  description: { en: 'Description', zh: '描述' },
  modelIds: [],
  sourceId: 's-e',
  ...over,
});
const claim = (over: Partial<Claim>): Claim => ({
  id: 'c',
  topic: 'compute',
  vendorIds: [],
  speaker: { en: 'The author', zh: '作者' },
  date: null,
  statement: { en: 'Statement', zh: '观点' },
  quantity: null,
  sourceId: 's-c',
  ...over,
});

const events: Event[] = [
  event({ id: 'trainium3', title: { en: 'Trainium3', zh: 'Trainium3' }, sourceId: 's-reinvent' }),
  event({ id: 'trn2', title: { en: 'Trn2 UltraServer', zh: 'Trn2 UltraServer' }, sourceId: 's-reinvent' }),
  event({ id: 'huang', date: '2024', vendorId: 'nvidia', sourceId: 's-huang' }),
  event({ id: 'release', category: 'release', date: '2024-05' }),
];
const claims: Claim[] = [
  claim({ id: 'altman', date: '2023', vendorIds: ['openai'], sourceId: 's-altman' }),
  claim({ id: 'huang-claim', date: '2024', vendorIds: ['nvidia'], sourceId: 's-huang' }),
  claim({ id: 'nvidia-holds', vendorIds: ['nvidia'], sourceId: 's-nv' }),
  claim({ id: 'chips', vendorIds: ['amazon', 'intel'], sourceId: 's-chips' }),
  claim({ id: 'market', topic: 'market' }),
];
const vendors = new Map<string, Vendor>([
  [
    'amazon',
    {
      id: 'amazon',
      name: { en: 'Amazon', zh: '亚马逊' },
      aliases: [],
      region: 'us',
      group: 'big-tech',
      sourceId: 's-v',
    },
  ],
]);
const opts = { vendors, lang: 'en' as const, from: 2019, to: 2025, kindOf: () => 'reported' as const };

describe('inYears', () => {
  it('tests overlap of a partial date with the years', () => {
    expect(inYears('2024-12-03', 2024, 2024)).toBe(true);
    expect(inYears('2023', 2024, 2025)).toBe(false);
    expect(inYears('2024-Q4', 2019, 2024)).toBe(true);
  });
});

describe('stackLevels', () => {
  it('stacks marks close in time within a lane only', () => {
    const s = stackLevels(
      [
        { lane: 'event' as const, x: 100 },
        { lane: 'event' as const, x: 100 },
        { lane: 'claim' as const, x: 100 },
        { lane: 'event' as const, x: 1000 },
      ],
      50,
    );
    expect(s.map((m) => m.level)).toEqual([0, 1, 0, 0]);
    expect(s[1]!.y).toBeCloseTo(LANE_Y.event + LEVEL_STEP, 10);
    expect(s[2]!.y).toBe(LANE_Y.claim);
  });
});

describe('timelineMarks', () => {
  it('shows chip events and dated compute claims, without a claim an event already shows', () => {
    const marks = timelineMarks(events, claims, opts);
    expect(marks.map((m) => m.id)).toEqual(['altman', 'huang', 'trainium3', 'trn2']);
    expect(marks.map((m) => m.n)).toEqual([1, 2, 3, 4]);
    const t3 = marks.find((m) => m.id === 'trainium3')!;
    const trn2 = marks.find((m) => m.id === 'trn2')!;
    expect(t3.x).toBe(Date.UTC(2024, 11, 3));
    expect(trn2.level).toBe(t3.level + 1);
    expect(t3).toMatchObject({
      lane: 'event',
      vendorNames: 'Amazon',
      tip: { sourceId: 's-reinvent', kind: 'reported' },
    });
    expect(marks.find((m) => m.id === 'altman')!.lane).toBe('claim');
  });
  it('badges an event with its own kind, not its sentence’s (a claim keeps its sentence’s)', () => {
    const marks = timelineMarks(
      [event({ id: 'chip-plan', kind: 'reported' }), ...events.filter((e) => e.id !== 'trainium3')],
      claims,
      { ...opts, kindOf: () => 'target' as const },
    );
    expect(marks.find((m) => m.id === 'chip-plan')!.tip.kind).toBe('reported');
    expect(marks.find((m) => m.id === 'altman')!.tip.kind).toBe('target');
  });
  it('keeps marks inside the years', () => {
    expect(timelineMarks(events, claims, { ...opts, from: 2019, to: 2023 }).map((m) => m.id)).toEqual(['altman']);
  });
});

describe('undatedClaims / timelineTable', () => {
  it('lists undated compute claims with their source', () => {
    const u = undatedClaims(claims, opts);
    expect(u.map((c) => c.id)).toEqual(['nvidia-holds', 'chips']);
    expect(u[1]).toMatchObject({ vendorNames: 'Amazon, intel', sourceId: 's-chips' });
  });
  it('tables marks first, then undated claims', () => {
    const marks = timelineMarks(events, claims, opts);
    const u = undatedClaims(claims, opts);
    const h = { n: '#', date: 'Date', type: 'Type', item: 'Item', vendor: 'Vendor', kind: 'Kind', source: 'Source' };
    const t = timelineTable(marks, u, 'en', h, { event: 'Chip', claim: 'Claim', undated: 'Undated claim' });
    expect(t.rows).toHaveLength(6);
    expect(t.rows[2]).toMatchObject({ n: 3, date: 'Dec 3, 2024', type: 'Chip', item: 'Trainium3', vendor: 'Amazon' });
    expect(t.rows[5]).toMatchObject({ n: null, date: '—', type: 'Undated claim', source: 's-chips' });
    // The CSV: the date as the data writes it and the kind's code; the formatted date and kind are for the screen.
    expect(csvFigure(t.rows[2]!)).toMatchObject({ value: null, period: '2024-12-03', kind: 'reported' });
    expect(csvFigure(t.rows[5]!)).toMatchObject({ period: null, kind: u[1]!.kind });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['date', 'kind']);
  });
});

describe('listedUndated (list cap)', () => {
  const u = undatedClaims(claims, opts);
  const many = Array.from({ length: 100 }, (_, i) => ({ ...u[i % u.length]!, id: `c${i}` }));

  it('lists every undated claim up to the cap', () => {
    expect(listedUndated(u)).toEqual({ shown: u, total: u.length, thinned: false });
  });

  it('lists UNDATED_LIST_CAP of 100, the first and the last among them, and counts them all', () => {
    const l = listedUndated(many);
    expect(l).toMatchObject({ total: 100, thinned: true });
    expect(l.shown).toHaveLength(UNDATED_LIST_CAP);
    expect([l.shown[0]!.id, l.shown.at(-1)!.id]).toEqual(['c0', 'c99']);
  });
});

describe('shownMarks (mark cap)', () => {
  const mark = (i: number, x: number): TimelineMark => ({
    id: `c${i}`,
    lane: 'claim',
    n: i + 1,
    date: '2023',
    x,
    y: LANE_Y.claim + i * LEVEL_STEP,
    level: i,
    vendorId: null,
    vendorNames: '',
    title: `claim ${i}`,
    tip: { title: `claim ${i}`, value: '', kind: 'claim', sourceId: 's' },
  });

  it('draws every mark up to the cap, as they are', () => {
    const few = [mark(0, 0), mark(1, 1)];
    expect(shownMarks(few)).toEqual({ shown: few, total: 2, thinned: false });
  });

  it('beyond the cap keeps the earliest and the latest, keeps their numbers, and stacks them again', () => {
    // 60 marks on one day stack 60 high; 24 of them stack 24 high.
    const many = Array.from({ length: 60 }, (_, i) => mark(i, 1000 + i));
    const c = shownMarks(many);
    expect(c).toMatchObject({ total: 60, thinned: true });
    expect(c.shown).toHaveLength(CHIP_MARK_CAP);
    expect([c.shown[0]!.n, c.shown.at(-1)!.n]).toEqual([1, 60]);
    expect(c.shown.map((m) => m.level)).toEqual(c.shown.map((_, k) => k));
  });
});
