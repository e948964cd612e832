/** Fills `{name}` placeholders of a message; unknown names stay as they are. */
export function fill(tpl: string, vars: Readonly<Record<string, string | number>>): string {
  return tpl.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
}

/** The distinct periods of some records, in time order, for a subtitle: "Q3 2024, 2024, 2025". */
export function periodList(periods: readonly string[], format: (p: string) => string): string {
  return [...new Set(periods)].sort().map(format).join(', ');
}
