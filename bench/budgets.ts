// The performance budgets. They are fixed: a failing figure is reported, never
// excused by moving the limit.
import type { Figure } from './figures';

export interface Budget {
  id: string;
  label: string;
  /** Figure key (exact) or key prefix ending in `*` (every matching figure must pass). */
  key: string;
  /** Which statistic is compared: the single value / median, or the p95. */
  stat: 'value' | 'p95';
  op: '<=' | '>=' | '==';
  limit: number;
  /** Scales the budget applies to; undefined = every scale. */
  scales?: readonly number[];
}

const KB = 1000;

export const BUDGETS: readonly Budget[] = [
  {
    id: 'js-first-load',
    label: 'first-load JS ≤ 200 kB gzip',
    key: 'load.js.gzip',
    stat: 'value',
    op: '<=',
    limit: 200 * KB,
  },
  {
    id: 'entry-chunk',
    label: 'entry chunk ≤ 80 kB gzip',
    key: 'load.entry.gzip',
    stat: 'value',
    op: '<=',
    limit: 80 * KB,
  },
  { id: 'no-msw', label: 'MSW never in the real-API first load', key: 'load.msw', stat: 'value', op: '==', limit: 0 },
  {
    id: 'lh-mobile-perf',
    label: 'Lighthouse mobile performance ≥ 95',
    key: 'load.lh.mobile.performance',
    stat: 'value',
    op: '>=',
    limit: 95,
  },
  {
    id: 'lh-mobile-lcp',
    label: 'Lighthouse mobile LCP ≤ 2.0 s',
    key: 'load.lh.mobile.lcp',
    stat: 'value',
    op: '<=',
    limit: 2000,
  },
  {
    id: 'lh-mobile-tbt',
    label: 'Lighthouse mobile TBT ≤ 100 ms',
    key: 'load.lh.mobile.tbt',
    stat: 'value',
    op: '<=',
    limit: 100,
  },
  {
    id: 'lh-mobile-cls',
    label: 'Lighthouse mobile CLS ≤ 0.02',
    key: 'load.lh.mobile.cls',
    stat: 'value',
    op: '<=',
    limit: 0.02,
  },
  {
    id: 'lh-desktop-perf',
    label: 'Lighthouse desktop performance = 100',
    key: 'load.lh.desktop.performance',
    stat: 'value',
    op: '>=',
    limit: 100,
  },
  {
    id: 'lh-a11y',
    label: 'accessibility = 100 (mobile and desktop)',
    key: 'load.lh.*.accessibility',
    stat: 'value',
    op: '>=',
    limit: 100,
  },
  {
    id: 'lh-bp',
    label: 'best practices = 100 (mobile and desktop)',
    key: 'load.lh.*.best-practices',
    stat: 'value',
    op: '>=',
    limit: 100,
  },
  {
    id: 'interaction-1x',
    label: 'interaction p95 ≤ 50 ms at 1×',
    key: 'interaction.kind.*',
    stat: 'p95',
    op: '<=',
    limit: 50,
    scales: [1],
  },
  {
    id: 'interaction-100x',
    label: 'interaction p95 ≤ 100 ms at 100×',
    key: 'interaction.kind.*',
    stat: 'p95',
    op: '<=',
    limit: 100,
    scales: [100],
  },
  {
    id: 'no-rerender',
    label: 'no panel re-renders on a filter it does not use',
    key: 'interaction.rerender.*',
    stat: 'value',
    op: '==',
    limit: 0,
  },
  {
    id: 'svg-per-panel',
    label: '≤ 3,000 SVG elements per panel',
    key: 'render.svg.max-panel',
    stat: 'value',
    op: '<=',
    limit: 3000,
  },
  { id: 'png-2x', label: "one panel's 2× PNG ≤ 500 ms", key: 'export.png', stat: 'p95', op: '<=', limit: 500 },
  { id: 'zip', label: 'ZIP of all panels ≤ 5 s', key: 'export.zip', stat: 'p95', op: '<=', limit: 5000 },
  { id: 'api-p99-1x', label: 'API p99 ≤ 5 ms at 1×', key: 'api.*.p99', stat: 'value', op: '<=', limit: 5, scales: [1] },
  {
    id: 'api-rps-1x',
    label: 'API ≥ 3,000 req/s at 1×',
    key: 'api.*.rps',
    stat: 'value',
    op: '>=',
    limit: 3000,
    scales: [1],
  },
  {
    id: 'api-p99-100x',
    label: 'API p99 ≤ 25 ms at 100×',
    key: 'api.*.p99',
    stat: 'value',
    op: '<=',
    limit: 25,
    scales: [100],
  },
  { id: 'api-errors', label: 'API zero errors', key: 'api.*.errors', stat: 'value', op: '==', limit: 0 },
  { id: 'api-rss', label: 'server peak RSS ≤ 200 MB', key: 'api.rss', stat: 'value', op: '<=', limit: 200 },
];

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface BudgetResult {
  budget: Budget;
  scale: number;
  verdict: Verdict;
  /** The compared figures (key = value) for the report. */
  detail: string;
  failing: Figure[];
}

export function keyMatches(pattern: string, key: string): boolean {
  if (!pattern.includes('*')) return pattern === key;
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^]*') +
      '$',
  );
  return re.test(key);
}

export function compare(op: Budget['op'], x: number, limit: number): boolean {
  if (op === '<=') return x <= limit;
  if (op === '>=') return x >= limit;
  return x === limit;
}

function statOf(f: Figure, stat: Budget['stat']): number | null {
  const v = stat === 'p95' ? f.p95 : f.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Evaluates every budget at every scale measured. A budget with no measured
 * figure at a scale is `n/a` (e.g. a section skipped with --only, or Lighthouse
 * in --quick), never PASS.
 */
export function evaluate(figures: readonly Figure[], budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  const scales = [...new Set(figures.map((f) => f.scale))].sort((a, b) => a - b);
  const out: BudgetResult[] = [];
  for (const budget of budgets) {
    for (const scale of scales) {
      if (budget.scales && !budget.scales.includes(scale)) continue;
      const matched = figures.filter((f) => f.scale === scale && keyMatches(budget.key, f.key));
      const measured = matched.filter((f) => statOf(f, budget.stat) !== null);
      if (measured.length === 0) {
        out.push({ budget, scale, verdict: 'n/a', detail: matched[0]?.note ?? 'not measured', failing: [] });
        continue;
      }
      const failing = measured.filter((f) => !compare(budget.op, statOf(f, budget.stat)!, budget.limit));
      const shown = (failing.length ? failing : measured).map((f) => `${f.key}=${fmtNum(statOf(f, budget.stat)!)}`);
      out.push({ budget, scale, verdict: failing.length ? 'FAIL' : 'PASS', detail: shown.join(', '), failing });
    }
  }
  return out;
}

function fmtNum(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(x < 1 ? 3 : 1);
}
