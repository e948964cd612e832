// Plain-text table of the figures and the budget verdicts.
import { keyMatches, type BudgetResult } from './budgets';
import type { Figure, Unit } from './figures';

export function formatValue(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  switch (unit) {
    case 'B':
      return v >= 1000 ? `${(v / 1000).toFixed(1)} kB` : `${Math.round(v)} B`;
    case 'ms':
      return v >= 10000 ? `${(v / 1000).toFixed(2)} s` : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
    case 'score':
      return String(Math.round(v));
    case 'count':
      return String(Math.round(v));
    case 'req/s':
      return `${Math.round(v)} req/s`;
    case 'MB':
      return `${v.toFixed(1)} MB`;
    case 'ratio':
      return v.toFixed(3);
    case 'bool':
      return v ? 'yes' : 'no';
  }
}

const HEAD = ['scale', 'section', 'figure', 'median/value', 'p95', 'n', 'budget', 'method'];

/** Budget verdicts for one figure: "PASS <id>", "FAIL <id>", or "" when no budget covers it. */
export function verdictFor(f: Figure, results: readonly BudgetResult[]): string {
  return results
    .filter((r) => r.scale === f.scale && r.verdict !== 'n/a' && keyMatches(r.budget.key, f.key))
    .filter((r) => typeof (r.budget.stat === 'p95' ? f.p95 : f.value) === 'number')
    .map((r) => `${r.failing.includes(f) ? 'FAIL' : 'PASS'} ${r.budget.id}`)
    .join(' ');
}

export function rowsOf(figures: readonly Figure[], results: readonly BudgetResult[]): string[][] {
  return figures.map((f) => [
    `${f.scale}×`,
    f.section,
    f.label,
    f.note ?? formatValue(f.value, f.unit),
    f.p95 === undefined ? '' : formatValue(f.p95, f.unit),
    f.n === undefined ? '' : String(f.n),
    verdictFor(f, results),
    f.method,
  ]);
}

/** Pads columns to equal width; the last column (method) is left ragged. */
export function renderTable(rows: readonly (readonly string[])[], head: readonly string[] = HEAD): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length)))
      .join(' | ')
      .trimEnd();
  const sep = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? Math.min(w, 40) : w)).join('-|-');
  return [line(head), sep, ...rows.map(line)].join('\n');
}

export function renderBudgets(results: readonly BudgetResult[]): string {
  const rows = results.map((r) => [r.verdict, `${r.scale}×`, r.budget.label, r.detail]);
  return renderTable(rows, ['verdict', 'scale', 'budget', 'figures']);
}
