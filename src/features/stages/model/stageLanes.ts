import type { Lang } from '../../../shared/filters/state';
import type { Event, SourceKind, Stage, StageId, Vendor } from '../../../shared/api/contract';
import { dateSpan } from '../../../shared/api/contract/semantics';
import { partialDateToMs } from '../../../shared/charts/time';
import { formatPartialDate } from '../../../shared/format/number';
import type { TipInfo } from '../../../shared/ui/tip';
import { wrapLabel } from './wrap';

/*
 * The race's stages as the article tells them: themes that overlap in time
 * (stages 1 and 2 run in parallel through 2023–24), each drawn on a lane of its
 * own above the releases, with the events its section tells as ticks on it;
 * and one stage the article does not date (the device layer), drawn after the
 * article's time as not dated, never as a span of years.
 */

export interface StageLane {
  id: StageId;
  order: number;
  /** The whole label, for lists and tooltips: "Stage 1: …", or "Stage 4: … — not dated: “…”". */
  label: string;
  /** Written beside the lane, where the rows' names are: "Stage 1" (and "not dated" under it). */
  tag: string;
  /** Written above the bar: the stage's name (with the article's words on its date, when it is not dated). */
  name: string;
  /** The lane's bar, clipped to the domain (ms). Not dated: from the article's time to the domain end. */
  x1: number;
  x2: number;
  /** false: the article gives the stage no time; its bar is hatched and says so. */
  dated: boolean;
  future: boolean;
  /** Under way at the article's time (no end): the bar runs on to the domain end, drawn as continuing. */
  ongoing: boolean;
  /** Where the told span ends inside the bar: its end; for an ongoing stage the article's time. */
  toldEnd: number;
  /** The bar starts before the domain (cut off on the left). */
  clippedStart: boolean;
  /** Position among the drawn lanes (0 = top), by the stages' order. */
  lane: number;
  start: string | null;
  end: string | null;
  datesBasis: string;
  sourceId: string;
}

export interface LaneWords {
  /** `Stage {n}`. */
  stage: (order: number) => string;
  /** Said of a stage the article does not date: `not dated`. */
  notDated: string;
  /** What the article says of its time instead: `“not in three or five years”`. */
  undatedQuote: string;
}

/** End of a partial date's span in ms (its last day, end of day). */
function endMs(d: string): number {
  return Date.parse(`${dateSpan(d).end}T23:59:59Z`);
}

/**
 * The article's time: the end of the latest month its dated stages reach (an
 * ended stage's end, an ongoing one's start: "时至今日…进入了第三阶段").
 * null when no stage is dated.
 */
export function articleTimeMs(stages: readonly Stage[]): number | null {
  let t: number | null = null;
  for (const s of stages) {
    const last = s.end ?? s.start;
    if (!s.dated || last === null) continue;
    t = Math.max(t ?? -Infinity, endMs(last));
  }
  return t;
}

/**
 * One lane per stage, in the article's order, clipped to the domain; stages
 * wholly outside it are left out. A stage without an end (ongoing) runs to the
 * domain end; a stage that is not dated is drawn from the article's time to
 * the domain end (the future the article speaks of), and only when the domain
 * reaches past the article's time.
 */
export function stageLanes(
  stages: readonly Stage[],
  domain: readonly [number, number],
  lang: Lang,
  words: LaneWords,
): StageLane[] {
  const [lo, hi] = domain;
  const now = articleTimeMs(stages);
  const lanes: StageLane[] = [];
  for (const s of [...stages].sort((a, b) => a.order - b.order)) {
    const tag = words.stage(s.order);
    const name = s.dated ? s.name[lang] : `${s.name[lang]} — ${words.undatedQuote}`;
    let from: number;
    let to: number;
    let toldEnd: number;
    if (s.dated && s.start !== null) {
      from = partialDateToMs(s.start);
      to = s.end ? endMs(s.end) : hi;
      toldEnd = s.end ? endMs(s.end) : Math.max(now ?? from, from);
    } else {
      if (now === null) continue;
      from = now;
      to = hi;
      toldEnd = now;
    }
    const x1 = Math.max(from, lo);
    const x2 = Math.min(to, hi);
    if (x1 >= x2) continue;
    lanes.push({
      id: s.id,
      order: s.order,
      label: s.dated ? `${tag}: ${name}` : `${tag}: ${s.name[lang]} — ${words.notDated}: ${words.undatedQuote}`,
      tag,
      name,
      x1,
      x2,
      dated: s.dated,
      future: s.future,
      ongoing: s.dated && s.end === null,
      toldEnd: Math.min(Math.max(toldEnd, x1), x2),
      clippedStart: from < lo,
      lane: lanes.length,
      start: s.start,
      end: s.end,
      datesBasis: s.datesBasis[lang],
      sourceId: s.sourceId,
    });
  }
  return lanes;
}

/** Whether two lanes' bars share some time (stages 1 and 2 do, through 2023–24). */
export function lanesOverlap(a: Pick<StageLane, 'x1' | 'x2'>, b: Pick<StageLane, 'x1' | 'x2'>): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2;
}

/** A tick on a stage's lane: the events its section tells on one date. */
export interface StageTick {
  key: string;
  stageId: StageId;
  lane: number;
  x: number;
  date: string;
  tips: TipInfo[];
}

/**
 * The events each lane's stage tells, as ticks on its lane (one per stage and
 * date), inside the domain. Events the article tells outside the stage
 * sections (stageId null) are on no lane; `unfiled` lists them.
 */
export function stageTicks(
  events: readonly Event[],
  lanes: readonly StageLane[],
  domain: readonly [number, number],
  vendors: ReadonlyMap<string, Vendor>,
  lang: Lang,
): { ticks: StageTick[]; unfiled: Event[] } {
  const laneOf = new Map(lanes.map((l) => [l.id, l]));
  const byKey = new Map<string, StageTick>();
  const unfiled: Event[] = [];
  for (const e of events) {
    if (e.stageId === null) {
      unfiled.push(e);
      continue;
    }
    const lane = laneOf.get(e.stageId);
    const x = partialDateToMs(e.date);
    if (!lane || x < domain[0] || x > domain[1]) continue;
    const key = `${e.stageId}|${e.date}`;
    let t = byKey.get(key);
    if (!t) {
      t = { key, stageId: e.stageId, lane: lane.lane, x, date: e.date, tips: [] };
      byKey.set(key, t);
    }
    const vendor = e.vendorId ? (vendors.get(e.vendorId)?.name[lang] ?? e.vendorId) : null;
    t.tips.push({
      title: e.title[lang],
      value: [formatPartialDate(e.date, lang), vendor, lane.tag].filter(Boolean).join(' · '),
      kind: e.kind satisfies SourceKind,
      sourceId: e.sourceId,
      note: e.note?.[lang],
    });
  }
  return { ticks: [...byKey.values()].sort((a, b) => a.lane - b.lane || a.x - b.x), unfiled };
}

/** Pixel heights of a lane: its label lines, the bar, and the gap below it. */
export const LANE_LINE = 13;
export const LANE_BAR = 8;
export const LANE_GAP = 5;

/** Where a lane's label goes: above its bar, starting with it, or ending at the plot's right edge when it would run past. */
export interface LaneLabel {
  lines: string[];
  x: number;
  anchor: 'start' | 'end';
}

/** ≈ width of a line of 11-px text (6.2 px a Latin character, 11 px a CJK one), as wrapLabel counts it. */
function lineWidth(s: string): number {
  return [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6.2), 0);
}

/**
 * A lane's label above its bar: one line when it fits the plot's width, else
 * two (wrapLabel); written from the bar's start, or right-aligned to the plot's
 * right edge when it would run past it (a late stage's bar is short).
 */
export function laneLabel(text: string, barStartPx: number, plot: { left: number; right: number }): LaneLabel {
  const room = plot.right - plot.left;
  const lines = lineWidth(text) + 8 <= room ? [text] : wrapLabel(text, room);
  const width = Math.max(0, ...lines.map(lineWidth));
  const start = Math.max(barStartPx, plot.left) + 2;
  if (start + width <= plot.right) return { lines, x: start, anchor: 'start' };
  return { lines, x: plot.right - 2, anchor: 'end' };
}

/** A lane's height in px for a label of `lines` lines. */
export function laneHeight(lines: number): number {
  return Math.max(lines, 1) * LANE_LINE + LANE_BAR + LANE_GAP;
}
