/**
 * The one meaning of every query filter. The MSW mock filters with these
 * functions; the server stores `spanOf` in SQLite columns and filters in SQL;
 * the contract tests demand that both answer alike.
 */
import { boundEnd, boundStart } from './params';
import type { EndpointItem, EndpointName, EndpointQuery } from './endpoints';
import type { Claim, Event, Metric, Model, Region, Source, Stage, StageId, Vendor } from './resources';

export interface DateSpan {
  start: string;
  end: string;
}

const OPEN_END = '9999-12-31';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The days a partial date covers: 2024 → whole year, 2024-Q3 → Jul–Sep, 2024-05 → May;
 * 2024-QX (a quarter the article does not name) → the whole year it lies in.
 */
export function dateSpan(d: string): DateSpan {
  const y = Number(d.slice(0, 4));
  const rest = d.slice(5);
  if (rest === '' || rest === 'QX') return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    const m0 = (q - 1) * 3 + 1;
    const m1 = m0 + 2;
    return { start: `${y}-${pad(m0)}-01`, end: `${y}-${pad(m1)}-${pad(lastDayOfMonth(y, m1))}` };
  }
  if (rest.startsWith('H')) {
    return rest === 'H1' ? { start: `${y}-01-01`, end: `${y}-06-30` } : { start: `${y}-07-01`, end: `${y}-12-31` };
  }
  if (rest.length === 2) {
    const m = Number(rest);
    return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}` };
  }
  return { start: d, end: d };
}

/** The time a record covers, or null when it has no date. */
export function spanOf(name: EndpointName, item: EndpointItem<EndpointName>): DateSpan | null {
  switch (name) {
    case 'models': {
      const m = item as Model;
      return m.released ? dateSpan(m.released) : null;
    }
    case 'events':
      return dateSpan((item as Event).date);
    case 'metrics':
      return dateSpan((item as Metric).period);
    case 'claims': {
      const c = item as Claim;
      return c.date ? dateSpan(c.date) : null;
    }
    case 'stages': {
      const s = item as Stage;
      if (s.start === null) return null; // not dated (the device layer)
      return { start: dateSpan(s.start).start, end: s.end ? dateSpan(s.end).end : OPEN_END };
    }
    default:
      return null;
  }
}

/**
 * Article section → the stage that section tells (Stage.section). A record is
 * told in the stage whose section holds its source sentence; a section no stage
 * names (compute and cost, China's worries) tells none.
 */
export function stageBySection(stages: readonly Pick<Stage, 'id' | 'section'>[]): Map<string, StageId> {
  const out = new Map<string, StageId>();
  for (const s of stages) if (s.section !== null) out.set(s.section, s.id);
  return out;
}

/** The vendor ids a record belongs to (empty for industry-wide records). */
export function vendorIdsOf(name: EndpointName, item: EndpointItem<EndpointName>): string[] {
  switch (name) {
    case 'vendors':
      return [(item as Vendor).id];
    case 'models':
      return [(item as Model).vendorId];
    case 'events':
    case 'metrics': {
      const v = (item as Event | Metric).vendorId;
      return v ? [v] : [];
    }
    case 'claims':
      return (item as Claim).vendorIds;
    default:
      return [];
  }
}

export function overlaps(span: DateSpan, from: string | undefined, to: string | undefined): boolean {
  const lo = from ? boundStart(from) : '0000-01-01';
  const hi = to ? boundEnd(to) : OPEN_END;
  return span.start <= hi && span.end >= lo;
}

/**
 * Does a record pass a parsed query?
 * - vendor: one of the record's vendors is listed (records with no vendor never match);
 * - region: one of the record's vendors is in the region (records with no vendor never match);
 * - from/to: the record's dates overlap the range (undated records never match: a stage the
 *   article does not date, like the device layer, included; an ongoing stage runs on without end);
 * - metric: the metric key is listed; id / kind on sources: equality.
 */
export function matchesQuery<E extends EndpointName>(
  name: E,
  item: EndpointItem<E>,
  query: EndpointQuery<E>,
  regionOf: (vendorId: string) => Region | undefined,
): boolean {
  const q = query as {
    vendor?: string[];
    region?: Region;
    from?: string;
    to?: string;
    metric?: string[];
    id?: string[];
    kind?: string;
  };
  if (name === 'sources') {
    const s = item as Source;
    if (q.id && !q.id.includes(s.id)) return false;
    if (q.kind && s.kind !== q.kind) return false;
    return true;
  }
  const vendors = vendorIdsOf(name, item);
  if (q.vendor && !vendors.some((v) => q.vendor!.includes(v))) return false;
  if (q.region && !vendors.some((v) => (name === 'vendors' ? (item as Vendor).region : regionOf(v)) === q.region))
    return false;
  if (q.from || q.to) {
    const span = spanOf(name, item);
    if (!span || !overlaps(span, q.from, q.to)) return false;
  }
  if (name === 'metrics' && q.metric && !q.metric.includes((item as Metric).metric)) return false;
  return true;
}
