import type { Claim, Event, SourceKind, Vendor } from '../../../shared/api/contract';
import { dateSpan } from '../../../shared/api/contract/semantics';
import type { Lang } from '../../../shared/filters/state';
import { formatPartialDate } from '../../../shared/format/number';
import { partialDateToMs } from '../../../shared/charts/time';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, type TableSpec } from '../../../shared/ui/table';
import { capEven, type Capped } from '../../../shared/charts/markCap';
import type { TipInfo } from '../../../shared/ui/tip';

export type Lane = 'event' | 'claim';
/** y of each lane's first row; stacked marks go up from there. */
export const LANE_Y: Record<Lane, number> = { event: 1, claim: 2 };
export const LEVEL_STEP = 0.3;

/** One marker on the chips timeline. */
export interface TimelineMark {
  id: string;
  lane: Lane;
  /** Running number shown on the marker and in the list under the chart. */
  n: number;
  date: string;
  x: number;
  y: number;
  level: number;
  vendorId: string | null;
  vendorNames: string;
  title: string;
  tip: TipInfo;
}

/** An undated claim, listed under the chart with its source. */
export interface ClaimItem {
  id: string;
  speaker: string;
  statement: string;
  vendorNames: string;
  vendorIds: string[];
  sourceId: string;
  kind: SourceKind;
}

/** Does a partial date overlap the years [from, to]? */
export function inYears(date: string, from: number, to: number): boolean {
  const s = dateSpan(date);
  return s.start <= `${to}-12-31` && s.end >= `${from}-01-01`;
}

/** Marks of a lane closer than this in time stack upwards. */
export const STACK_GAP_MS = 90 * 86400000;

/** Stacks marks of a lane that fall within `gapMs` of each other, so none hides another. */
export function stackLevels<T extends { lane: Lane; x: number }>(
  marks: readonly T[],
  gapMs: number,
): (T & { level: number; y: number })[] {
  const lastX = new Map<string, number>();
  return [...marks]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      let level = 0;
      while ((lastX.get(`${m.lane}:${level}`) ?? -Infinity) > m.x - gapMs) level++;
      lastX.set(`${m.lane}:${level}`, m.x);
      return { ...m, level, y: LANE_Y[m.lane] + level * LEVEL_STEP };
    });
}

const names = (ids: readonly string[], vendors: ReadonlyMap<string, Vendor>, lang: Lang) =>
  ids.map((id) => vendors.get(id)?.name[lang] ?? id).join(', ');

/**
 * Chip and server events, and dated compute claims inside the years, as markers.
 * A claim already shown by an event from the same sentence is left out.
 */
export function timelineMarks(
  events: readonly Event[],
  claims: readonly Claim[],
  opts: {
    vendors: ReadonlyMap<string, Vendor>;
    lang: Lang;
    from: number;
    to: number;
    kindOf: (sourceId: string) => SourceKind;
  },
): TimelineMark[] {
  const { vendors, lang, from, to, kindOf } = opts;
  const chip = events.filter((e) => e.category === 'chip' && inYears(e.date, from, to));
  const eventSources = new Set(chip.map((e) => e.sourceId));
  const raw = [
    ...chip.map((e) => ({
      id: e.id,
      lane: 'event' as const,
      date: e.date,
      x: partialDateToMs(e.date),
      vendorId: e.vendorId,
      vendorNames: e.vendorId ? names([e.vendorId], vendors, lang) : '',
      title: e.title[lang],
      tip: {
        title: `${e.title[lang]} · ${formatPartialDate(e.date, lang)}`,
        value: e.description[lang],
        // The event's own kind: its sentence may also state a target or a forecast.
        kind: e.kind,
        sourceId: e.sourceId,
        note: e.note?.[lang],
      },
    })),
    ...claims
      .filter(
        (c): c is Claim & { date: string } =>
          c.topic === 'compute' && c.date !== null && inYears(c.date, from, to) && !eventSources.has(c.sourceId),
      )
      .map((c) => ({
        id: c.id,
        lane: 'claim' as const,
        date: c.date,
        x: partialDateToMs(c.date),
        vendorId: c.vendorIds[0] ?? null,
        vendorNames: names(c.vendorIds, vendors, lang),
        title: `${c.speaker[lang]}: ${c.statement[lang]}`,
        tip: {
          title: `${c.speaker[lang]} · ${formatPartialDate(c.date, lang)}`,
          value: c.statement[lang],
          kind: kindOf(c.sourceId),
          sourceId: c.sourceId,
        },
      })),
  ];
  return stackLevels(raw, STACK_GAP_MS).map((m, i) => ({ ...m, n: i + 1 }));
}

/**
 * Marks the chart draws at most: past about 24 the stacks outgrow the lanes and
 * the numbered list under the chart runs to hundreds of lines. The article has
 * 4: it is never thinned.
 */
export const CHIP_MARK_CAP = 24;

/**
 * The marks drawn: all up to the cap, else `cap` spread evenly over date order
 * (the earliest and the latest kept) and stacked again, so the stacks close up.
 * Each keeps its number, so the list and the table (which keeps every mark)
 * still match the chart.
 */
export function shownMarks(marks: readonly TimelineMark[], cap = CHIP_MARK_CAP): Capped<TimelineMark> {
  const c = capEven(marks, cap);
  return c.thinned ? { ...c, shown: stackLevels(c.shown, STACK_GAP_MS) } : c;
}

/**
 * Undated claims listed under the chart at most (the article has 5): each is a
 * statement with its quote, so hundreds would run the panel thousands of pixels
 * long. Beyond it, `cap` spread evenly over the list; the table lists all.
 */
export const UNDATED_LIST_CAP = 8;

export function listedUndated(items: readonly ClaimItem[], cap = UNDATED_LIST_CAP): Capped<ClaimItem> {
  return capEven(items, cap);
}

/** Compute claims the article does not date, for the list under the chart. */
export function undatedClaims(
  claims: readonly Claim[],
  opts: { vendors: ReadonlyMap<string, Vendor>; lang: Lang; kindOf: (sourceId: string) => SourceKind },
): ClaimItem[] {
  const { vendors, lang, kindOf } = opts;
  return claims
    .filter((c) => c.topic === 'compute' && c.date === null)
    .map((c) => ({
      id: c.id,
      speaker: c.speaker[lang],
      statement: c.statement[lang],
      vendorNames: names(c.vendorIds, vendors, lang),
      vendorIds: c.vendorIds,
      sourceId: c.sourceId,
      kind: kindOf(c.sourceId),
    }));
}

export function timelineTable(
  marks: readonly TimelineMark[],
  undated: readonly ClaimItem[],
  lang: Lang,
  h: { n: string; date: string; type: string; item: string; vendor: string; kind: string; source: string },
  typeLabel: Record<Lane | 'undated', string>,
): TableSpec {
  return {
    columns: [
      { key: 'n', header: h.n, numeric: true },
      { key: 'date', header: h.date, screenOnly: true },
      { key: 'type', header: h.type },
      { key: 'item', header: h.item },
      { key: 'vendor', header: h.vendor },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows: [
      ...marks.map((m) => ({
        n: m.n,
        date: formatPartialDate(m.date, lang),
        type: typeLabel[m.lane],
        item: m.title,
        vendor: m.vendorNames || '—',
        kind: kindLabel(m.tip.kind, lang),
        source: m.tip.sourceId,
        // No number: the CSV's figure is the date as the data writes it and the kind.
        ...figureCells({ period: m.date, kind: m.tip.kind }),
      })),
      ...undated.map((c) => ({
        n: null,
        date: '—',
        type: typeLabel.undated,
        item: `${c.speaker}: ${c.statement}`,
        vendor: c.vendorNames || '—',
        kind: kindLabel(c.kind, lang),
        source: c.sourceId,
        ...figureCells({ kind: c.kind }),
      })),
    ],
  };
}
