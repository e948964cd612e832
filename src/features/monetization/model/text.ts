/** The shared template filler, re-exported for the slice's models and panels. */
export { fill } from '../../../shared/i18n/fill';

/** The distinct periods of some records, in time order, for a subtitle: "Q3 2024, 2024, 2025". */
export function periodList(periods: readonly string[], format: (p: string) => string): string {
  return [...new Set(periods)].sort().map(format).join(', ');
}
