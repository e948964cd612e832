/** "2019–2023" for the years a set of partial dates spans ("2024" for one year); null when none is dated. */
export function yearSpan(dates: readonly (string | null)[]): string | null {
  const years = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** "2019–2025" for a shared year range. */
export function rangeLabel(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** Fills `{period}` in a subtitle. */
export function withPeriod(template: string, period: string): string {
  return template.replace('{period}', period);
}
