import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { Dataset } from '../src/shared/api/contract/dataset';
import { validateDataset } from '../src/shared/api/contract/integrity';
import { SYNTHETIC_QUOTE, counts, isSynthetic, prng, synthesize } from './synth';

const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');

describe('synthetic datasets', () => {
  it('the PRNG is deterministic and in [0, 1)', () => {
    const a = prng(42);
    const b = prng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(prng(43)()).not.toBe(xs[0]);
  });

  it('is deterministic: same scale and seed, same bytes; another seed, other numbers', () => {
    expect(hash(synthesize(dataset, 10))).toBe(hash(synthesize(dataset, 10)));
    expect(hash(synthesize(dataset, 10, 1))).not.toBe(hash(synthesize(dataset, 10, 2)));
  });

  it('scales every resource but the stage enum by N and still parses with the contract', () => {
    const d = synthesize(dataset, 10);
    const n = counts(d);
    const real = counts(dataset);
    for (const k of ['sources', 'vendors', 'models', 'metrics', 'events', 'claims'] as const)
      expect(n[k]).toBe(real[k] * 10);
    expect(n.stages).toBe(real.stages);
    expect(() => Dataset.parse(d)).not.toThrow();
  });

  it('names every model copy apart, in Chinese as in English', () => {
    const d = synthesize(dataset, 3);
    const zh = d.models.map((m) => m.nameZh ?? m.name);
    expect(new Set(zh).size).toBe(new Set(d.models.map((m) => m.name)).size);
    expect(d.models.filter((m) => m.nameZh).length).toBe(dataset.models.filter((m) => m.nameZh).length * 3);
  });

  it('keeps the real data as copy 0 and marks every other record as synthetic', () => {
    const d = synthesize(dataset, 3);
    expect(d.metrics.slice(0, dataset.metrics.length)).toEqual(dataset.metrics);
    const extra = d.metrics.slice(dataset.metrics.length);
    expect(extra.every((m) => isSynthetic(m.id) && m.note?.en.includes('Synthetic'))).toBe(true);
    expect(d.sources.slice(dataset.sources.length).every((s) => s.quote === SYNTHETIC_QUOTE && isSynthetic(s.id))).toBe(
      true,
    );
    expect(d.claims.slice(dataset.claims.length).every((c) => c.statement.en.startsWith('[synthetic]'))).toBe(true);
    expect(d.vendors.slice(dataset.vendors.length).every((v) => isSynthetic(v.id) && v.note)).toBe(true);
    expect(dataset.metrics.some((m) => isSynthetic(m.id))).toBe(false);
  });

  it('passes the load rules (unique ids, every reference resolves, every source used), as the server demands', () => {
    expect(validateDataset(synthesize(dataset, 4)).problems).toEqual([]);
  });

  it('keeps ranges ordered and benchmark scores at most 100 %', () => {
    const d = synthesize(dataset, 5);
    for (const m of d.metrics) if (m.low !== null && m.high !== null) expect(m.low).toBeLessThanOrEqual(m.high);
    for (const m of d.models)
      for (const b of m.benchmarks)
        expect(b.value).toBeLessThanOrEqual(
          Math.max(100, ...dataset.models.flatMap((x) => x.benchmarks.map((y) => y.value))),
        );
  });

  it('rejects a scale that is not a positive integer', () => {
    expect(() => synthesize(dataset, 0)).toThrow();
    expect(() => synthesize(dataset, 2.5)).toThrow();
    expect(synthesize(dataset, 1).metrics).toEqual(dataset.metrics);
  });
});
