import type { Source, SourceKind } from '../../../shared/api/contract';

/** Kind of a record's sentence, from the sources index; `fallback` until the index has loaded. */
export function kindLookup(
  sources: ReadonlyMap<string, Pick<Source, 'kind'>>,
  fallback: SourceKind,
): (sourceId: string) => SourceKind {
  return (sourceId) => sources.get(sourceId)?.kind ?? fallback;
}

/** The shared template filler, re-exported for the slice's models and panels. */
export { fill } from '../../../shared/i18n/fill';

/** "2023–2024" or "2024" for the years a list of partial dates covers; '' when empty. */
export function yearSpan(dates: readonly (string | null)[]): string {
  const ys = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  if (ys.length === 0) return '';
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
