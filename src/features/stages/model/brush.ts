import { YEAR_MAX, YEAR_MIN } from '../../../shared/filters/state';

/** The years the brush strip offers, one slot per year. */
export function brushYears(min = YEAR_MIN, max = YEAR_MAX): { year: number }[] {
  const out: { year: number }[] = [];
  for (let y = min; y <= max; y++) out.push({ year: y });
  return out;
}

/** Brush indices of a shared year range, clamped to the strip. */
export function yearsToBrush(
  from: number,
  to: number,
  min = YEAR_MIN,
  max = YEAR_MAX,
): { startIndex: number; endIndex: number } {
  const clamp = (y: number) => Math.min(Math.max(Math.round(y), min), max) - min;
  const a = clamp(Math.min(from, to));
  const b = clamp(Math.max(from, to));
  return { startIndex: a, endIndex: b };
}

/** The year range of brush indices (in order, clamped to the strip). */
export function brushToYears(
  range: { startIndex?: number; endIndex?: number },
  min = YEAR_MIN,
  max = YEAR_MAX,
): { from: number; to: number } {
  const last = max - min;
  const clamp = (i: number) => Math.min(Math.max(Math.round(i), 0), last);
  const s = clamp(range.startIndex ?? 0);
  const e = clamp(range.endIndex ?? last);
  return { from: min + Math.min(s, e), to: min + Math.max(s, e) };
}
