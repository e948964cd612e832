import type { Lang } from '../../../shared/filters/state';
import type { Event, Model, SourceKind, StageId, Vendor } from '../../../shared/api/contract';
import { dateSpan } from '../../../shared/api/contract/semantics';
import { partialDateToMs } from '../../../shared/charts/time';
import { formatPartialDate } from '../../../shared/format/number';
import { modelName } from '../../../shared/i18n/modelName';
import type { TipInfo } from '../../../shared/ui/tip';
import { figureCells, type TableSpec } from '../../../shared/ui/table';
import { kindLabel } from '../../../shared/i18n/i18n';
import { capEven } from '../../../shared/charts/markCap';

/** Looks up how sure the article is of a sentence (the source's kind). */
export type KindOf = (sourceId: string) => SourceKind;

/** One dated release: a model / product from models.json, or a release event. */
export interface ReleaseItem {
  id: string;
  name: string;
  /** Date as the article gives it (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn). */
  date: string;
  /** null for releases with no vendor (industry-wide events). */
  vendorId: string | null;
  vendorName: string;
  /** Model kind (model, product, chip, …) or 'event' for a release event. */
  kind: string;
  sourceId: string;
  sourceKind: SourceKind;
  /** true when the article gives at least the month. */
  precise: boolean;
  /** The stage whose section of the article tells the release; null when told outside the stage sections. */
  toldIn: StageId | null;
  note?: string;
}

/** The stage whose section tells a sentence (see stageOfSource); null outside the stage sections. */
export type ToldStageOf = (sourceId: string) => StageId | null;

/** A dot on the timeline: the releases of one vendor on one date. */
export interface TimelinePoint {
  key: string;
  x: number;
  /** Row index (0 = top row). */
  row: number;
  vendorId: string | null;
  date: string;
  precise: boolean;
  items: ReleaseItem[];
  tips: TipInfo[];
}

export interface TimelineRow {
  key: string;
  vendorId: string | null;
  label: string;
}

export interface TimelineLabels {
  /** Row label for releases with no vendor. */
  noVendor: string;
  /** Label of the kinds, e.g. { model: 'model', product: 'product', event: 'release event' }. */
  kinds: Record<string, string>;
  /** Where a release is told, e.g. `told in stage 1`; absent: not said. */
  toldIn?: (stageId: StageId | null) => string;
}

/** A date with month or day; year, quarter and half-year dates are imprecise. */
export function isPreciseDate(d: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])/.test(d);
}

/**
 * Every dated release: models with `released`, plus events of category
 * 'release'. A release event that names a drawn model released at the same
 * date (or within the event's month / quarter) is that model's release and is
 * not drawn a second time. A model's kind and told stage are its sentence's;
 * an event carries its own (Event.kind, Event.stageId).
 */
export function releaseItems(
  models: readonly Model[],
  events: readonly Event[],
  vendors: ReadonlyMap<string, Vendor>,
  lang: Lang,
  labels: TimelineLabels,
  kindOf: KindOf,
  toldStageOf: ToldStageOf = () => null,
): ReleaseItem[] {
  const vendorName = (id: string | null) => (id ? (vendors.get(id)?.name[lang] ?? id) : labels.noVendor);
  const out: ReleaseItem[] = [];
  const plotted = new Map<string, string>();
  for (const m of models) {
    if (!m.released) continue;
    plotted.set(m.id, m.released);
    out.push({
      id: `model:${m.id}`,
      name: modelName(m, lang),
      date: m.released,
      vendorId: m.vendorId,
      vendorName: vendorName(m.vendorId),
      kind: m.kind,
      sourceId: m.sourceId,
      sourceKind: kindOf(m.sourceId),
      precise: isPreciseDate(m.released),
      toldIn: toldStageOf(m.sourceId),
      note: m.note?.[lang],
    });
  }
  for (const e of events) {
    if (e.category !== 'release') continue;
    const span = dateSpan(e.date);
    const sameRelease = e.modelIds.some((id) => {
      const d = plotted.get(id);
      if (d === undefined) return false;
      const ms = dateSpan(d);
      return span.start <= ms.end && span.end >= ms.start;
    });
    if (sameRelease) continue;
    out.push({
      id: `event:${e.id}`,
      name: e.title[lang],
      date: e.date,
      vendorId: e.vendorId,
      vendorName: vendorName(e.vendorId),
      kind: 'event',
      sourceId: e.sourceId,
      sourceKind: e.kind,
      precise: isPreciseDate(e.date),
      toldIn: e.stageId,
      note: e.note?.[lang] ?? e.description[lang],
    });
  }
  return out.sort((a, b) => partialDateToMs(a.date) - partialDateToMs(b.date) || a.name.localeCompare(b.name));
}

/** Vendor rows, ordered by each vendor's first release (no-vendor row last). */
export function timelineRows(items: readonly ReleaseItem[]): TimelineRow[] {
  const first = new Map<string, { vendorId: string | null; label: string; ms: number }>();
  for (const it of items) {
    const key = it.vendorId ?? '';
    const ms = partialDateToMs(it.date);
    const cur = first.get(key);
    if (!cur || ms < cur.ms) first.set(key, { vendorId: it.vendorId, label: it.vendorName, ms });
  }
  return [...first.entries()]
    .sort(
      ([ka, a], [kb, b]) => (ka === '' ? 1 : 0) - (kb === '' ? 1 : 0) || a.ms - b.ms || a.label.localeCompare(b.label),
    )
    .map(([key, r]) => ({ key, vendorId: r.vendorId, label: r.label }));
}

/** The dots: one per vendor and date, holding every release of that day (or month). */
export function timelinePoints(
  items: readonly ReleaseItem[],
  rows: readonly TimelineRow[],
  lang: Lang,
  labels: TimelineLabels,
): TimelinePoint[] {
  const rowOf = new Map(rows.map((r, i) => [r.key, i]));
  const byKey = new Map<string, TimelinePoint>();
  for (const it of items) {
    const rowKey = it.vendorId ?? '';
    const key = `${rowKey}|${it.date}`;
    let p = byKey.get(key);
    if (!p) {
      p = {
        key,
        x: partialDateToMs(it.date),
        row: rowOf.get(rowKey) ?? 0,
        vendorId: it.vendorId,
        date: it.date,
        precise: it.precise,
        items: [],
        tips: [],
      };
      byKey.set(key, p);
    }
    p.items.push(it);
    const told = labels.toldIn ? ` · ${labels.toldIn(it.toldIn)}` : '';
    p.tips.push({
      title: it.name,
      value: `${formatPartialDate(it.date, lang)} · ${it.vendorName} · ${labels.kinds[it.kind] ?? it.kind}${told}`,
      kind: it.sourceKind,
      sourceId: it.sourceId,
      note: it.note,
    });
  }
  return [...byKey.values()];
}

/**
 * Most dots drawn. A dot costs ~3 SVG elements (4 with its count) and a vendor
 * row ~7 (tick label); thinned, each dot may bring its own row, so 100 dots
 * stay under ~1,500 elements. The article has 13 dots: it is never thinned.
 */
export const TIMELINE_DOT_CAP = 100;

/** What the timeline draws: its rows and dots, and how many of all releases they hold. */
export interface TimelineMarks {
  rows: TimelineRow[];
  points: TimelinePoint[];
  /** Releases in the drawn dots. */
  shown: number;
  /** Every release (the table lists them all). */
  total: number;
  thinned: boolean;
  /** Some vendors' rows are left out (only the most active are drawn). */
  rowsThinned: boolean;
}

/**
 * Most vendor rows drawn. Beyond it the rows are the vendors with the most
 * releases in the range, so the timeline stays one screen tall at any scale
 * (the vendor filter brings any other vendor in; the table lists all).
 */
export const TIMELINE_ROW_CAP = 10;

/** The `cap` rows with the most releases (ties: the earlier first release); all when there are no more. */
export function mostActiveRows(
  items: readonly ReleaseItem[],
  cap = TIMELINE_ROW_CAP,
  rows: readonly TimelineRow[] = timelineRows(items),
): Set<string> {
  if (rows.length <= cap) return new Set(rows.map((r) => r.key));
  const count = new Map<string, number>();
  for (const it of items) count.set(it.vendorId ?? '', (count.get(it.vendorId ?? '') ?? 0) + 1);
  const order = new Map(rows.map((r, i) => [r.key, i]));
  const ranked = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || order.get(a)! - order.get(b)!);
  return new Set(ranked.slice(0, cap));
}

/**
 * Rows and dots for the chart. At most `rowCap` vendor rows (the most active,
 * see mostActiveRows); within them up to `cap` dots, all of them; beyond it,
 * `cap` dots spread evenly over date order (the first and the last kept, so
 * the span stays true). A kept dot keeps all of its same-day releases, and
 * only vendors with a kept dot get a row.
 */
export function timelineMarks(
  items: readonly ReleaseItem[],
  lang: Lang,
  labels: TimelineLabels,
  cap = TIMELINE_DOT_CAP,
  rowCap = TIMELINE_ROW_CAP,
): TimelineMarks {
  const allRows = timelineRows(items);
  const keys = mostActiveRows(items, rowCap, allRows);
  const pool = keys.size < allRows.length ? items.filter((it) => keys.has(it.vendorId ?? '')) : items;
  const rows = pool === items ? allRows : timelineRows(pool);
  const points = timelinePoints(pool, rows, lang, labels);
  const capped = capEven(points, cap);
  const rowsThinned = pool !== items;
  if (!capped.thinned)
    return { rows, points, shown: pool.length, total: items.length, thinned: rowsThinned, rowsThinned };
  const kept = capped.shown.flatMap((p) => p.items);
  const keptRows = timelineRows(kept);
  return {
    rows: keptRows,
    points: timelinePoints(kept, keptRows, lang, labels),
    shown: kept.length,
    total: items.length,
    thinned: true,
    rowsThinned,
  };
}

/** Row pitch with the rows full, and the most a row may spread to when there are fewer. */
export const ROW_PITCH = 26;
export const ROW_PITCH_MAX = 44;
/** Room for the x axis and the chart's margins, and the least height the chart takes. */
const AXIS_ROOM = 40;
const MIN_HEIGHT = 200;

export interface TimelineLayout {
  /** Pixels per vendor row. */
  pitch: number;
  /** Space above the first row for the stage lanes, in rows (the y domain's unit). */
  headRoom: number;
  height: number;
}

/**
 * The chart's height and row pitch. The rows area is a full timeline's
 * (TIMELINE_ROW_CAP rows at ROW_PITCH) whenever the rows can fill it without
 * spreading past ROW_PITCH_MAX, so from 6 rows up the height does not depend
 * on the data: the panel's loading and held states hold exactly that height,
 * and the page does not move when the chart arrives. Fewer rows (a vendor
 * filter) shrink the chart instead of spreading a few rows over it.
 */
export function timelineLayout(rowCount: number, lanesPx: number): TimelineLayout {
  const rows = Math.max(rowCount, 1);
  const headPx = lanesPx + 6;
  const rowsPx = Math.max(
    Math.min(TIMELINE_ROW_CAP * ROW_PITCH, rows * ROW_PITCH_MAX),
    MIN_HEIGHT - AXIS_ROOM - headPx,
  );
  const pitch = rowsPx / rows;
  return { pitch, headRoom: headPx / pitch, height: Math.round(rowsPx + headPx + AXIS_ROOM) };
}

export function timelineTable(
  items: readonly ReleaseItem[],
  lang: Lang,
  labels: TimelineLabels,
  h: { name: string; date: string; vendor: string; kind: string; sourceKind: string; source: string; toldIn?: string },
): TableSpec {
  const told = h.toldIn !== undefined && labels.toldIn ? { header: h.toldIn, of: labels.toldIn } : null;
  return {
    columns: [
      { key: 'name', header: h.name },
      { key: 'date', header: h.date, screenOnly: true },
      { key: 'vendor', header: h.vendor },
      { key: 'kind', header: h.kind },
      ...(told ? [{ key: 'toldIn', header: told.header }] : []),
      { key: 'sourceKind', header: h.sourceKind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows: items.map((it) => ({
      name: it.name,
      date: formatPartialDate(it.date, lang),
      vendor: it.vendorName,
      kind: labels.kinds[it.kind] ?? it.kind,
      ...(told ? { toldIn: told.of(it.toldIn) } : {}),
      sourceKind: kindLabel(it.sourceKind, lang),
      source: it.sourceId,
      // No number: the CSV's figure is the date as the data writes it and the sentence's kind.
      ...figureCells({ period: it.date, kind: it.sourceKind }),
    })),
  };
}
