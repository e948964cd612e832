import { dateSpan } from '../api/contract/semantics';
import { YEAR_MAX, YEAR_MIN } from '../filters/state';

/** Milliseconds of a partial date's first day (x position on every time axis). */
export function partialDateToMs(d: string): number {
  // The dataset has few distinct dates and every chart converts them on every render.
  let ms = msOfDate.get(d);
  if (ms === undefined) {
    ms = Date.parse(`${dateSpan(d).start}T00:00:00Z`);
    if (msOfDate.size > 10_000) msOfDate.clear();
    msOfDate.set(d, ms);
  }
  return ms;
}
const msOfDate = new Map<string, number>();

/** Fractional year of a partial date's first day, e.g. 2024-07 → 2024.49. */
export function partialDateToYear(d: string): number {
  const ms = partialDateToMs(d);
  const y = new Date(ms).getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  return y + (ms - start) / (Date.UTC(y + 1, 0, 1) - start);
}

/** The x domain of every time-based panel for a year range, so synced cursors line up. */
export function timeDomain(from = YEAR_MIN, to = YEAR_MAX): [number, number] {
  return [Date.UTC(from, 0, 1), Date.UTC(to, 11, 31)];
}

/** One tick per 1 January inside the range. */
export function yearTicks(from = YEAR_MIN, to = YEAR_MAX): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(Date.UTC(y, 0, 1));
  return out;
}

export function yearOfMs(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
