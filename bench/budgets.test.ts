import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluate, keyMatches } from './budgets';
import type { Figure } from './figures';

const fig = (scale: number, key: string, value: number | null, p95?: number): Figure => ({
  scale,
  section: 'load',
  key,
  label: key,
  unit: 'ms',
  value,
  ...(p95 === undefined ? {} : { p95 }),
  method: 'test',
});

describe('budgets', () => {
  it('matches keys with * wildcards', () => {
    expect(keyMatches('api.*.p99', 'api.sources.p99')).toBe(true);
    expect(keyMatches('api.*.p99', 'api.sources.p50')).toBe(false);
    expect(keyMatches('load.js.gzip', 'load.js.gzip')).toBe(true);
    expect(keyMatches('load.js.gzip', 'load.js.gzipx')).toBe(false);
  });
  it('PASS at the limit, FAIL beyond it', () => {
    const r = evaluate([fig(1, 'load.js.gzip', 200_000), fig(10, 'load.js.gzip', 200_001)]);
    const js = r.filter((x) => x.budget.id === 'js-first-load');
    expect(js.map((x) => [x.scale, x.verdict])).toEqual([
      [1, 'PASS'],
      [10, 'FAIL'],
    ]);
  });
  it('uses p95 for interaction budgets and applies them only at their scales', () => {
    const r = evaluate([
      fig(1, 'interaction.kind.region', 10, 60),
      fig(10, 'interaction.kind.region', 10, 99),
      fig(100, 'interaction.kind.region', 10, 99),
    ]);
    const ids = r.filter((x) => x.budget.id.startsWith('interaction-')).map((x) => [x.budget.id, x.scale, x.verdict]);
    expect(ids).toEqual([
      ['interaction-1x', 1, 'FAIL'],
      ['interaction-100x', 100, 'PASS'],
    ]);
  });
  it('every matching figure must pass; unmeasured is n/a, never PASS', () => {
    const r = evaluate([
      fig(1, 'api.sources.p99', 3),
      fig(1, 'api.metrics-filtered.p99', 7),
      fig(1, 'load.lh.mobile.performance', null),
    ]);
    const p99 = r.find((x) => x.budget.id === 'api-p99-1x')!;
    expect(p99.verdict).toBe('FAIL');
    expect(p99.failing.map((f) => f.key)).toEqual(['api.metrics-filtered.p99']);
    expect(r.find((x) => x.budget.id === 'lh-mobile-perf')!.verdict).toBe('n/a');
    expect(r.find((x) => x.budget.id === 'zip')!.verdict).toBe('n/a');
  });
  it('the limits are the ones in the brief', () => {
    const limit = (id: string) => BUDGETS.find((b) => b.id === id)!.limit;
    expect(limit('js-first-load')).toBe(200_000);
    expect(limit('entry-chunk')).toBe(80_000);
    expect(limit('lh-mobile-perf')).toBe(95);
    expect(limit('lh-mobile-lcp')).toBe(2000);
    expect(limit('lh-mobile-cls')).toBe(0.02);
    expect(limit('interaction-1x')).toBe(50);
    expect(limit('interaction-100x')).toBe(100);
    expect(limit('svg-per-panel')).toBe(3000);
    expect(limit('png-2x')).toBe(500);
    expect(limit('zip')).toBe(5000);
    expect(limit('api-p99-1x')).toBe(5);
    expect(limit('api-rps-1x')).toBe(3000);
    expect(limit('api-p99-100x')).toBe(25);
    expect(limit('api-rss')).toBe(200);
  });
});
