// Deterministic synthetic datasets N× the article's, for the scale runs.
// Copy 0 is the real data, untouched; copies 1…N-1 are synthetic: every id
// gets the suffix `-syn<N>-<k>`, records carry a note (or a "[synthetic]"
// statement) saying so, and point at new sources whose quote is "[synthetic]".
// Numbers are the originals times a seeded factor in [0.85, 1.15], so charts
// do not draw N identical marks on top of each other; dates, kinds, bounds,
// units and currencies are kept. Stages are an enum and are not copied.
import type { Dataset } from '../src/shared/api/contract/dataset';

export const SYNTHETIC_QUOTE = '[synthetic]';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function synthId(id: string, scale: number, k: number): string {
  return `${id}-syn${scale}-${k}`;
}

export function isSynthetic(id: string): boolean {
  return /-syn\d+-\d+$/.test(id);
}

export function synthesize(real: Dataset, scale: number, seed = 20250101): Dataset {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${scale}`);
  const out: Dataset = {
    sources: [...real.sources],
    vendors: [...real.vendors],
    models: [...real.models],
    metrics: [...real.metrics],
    events: [...real.events],
    stages: [...real.stages],
    claims: [...real.claims],
  };
  const rand = prng(seed ^ Math.imul(scale, 0x9e3779b1));
  const jitter = (x: number) => x * (0.85 + 0.3 * rand());
  const jitterOrNull = (x: number | null) => (x === null ? null : jitter(x));
  const note = (k: number) => ({
    en: `Synthetic benchmark record (copy ${k} of the ${scale}× dataset); not from the article.`,
    zh: `合成的基准测试数据（${scale}× 数据集第 ${k} 份），并非来自文章。`,
  });
  for (let k = 1; k < scale; k++) {
    const id = (x: string) => synthId(x, scale, k);
    const idOrNull = (x: string | null) => (x === null ? null : id(x));
    for (const s of real.sources)
      out.sources.push({ ...s, id: id(s.id), quote: SYNTHETIC_QUOTE, en: `[synthetic] copy ${k} of source ${s.id}` });
    for (const v of real.vendors)
      out.vendors.push({
        ...v,
        id: id(v.id),
        name: { en: `${v.name.en} S${k}`, zh: `${v.name.zh} 合成${k}` },
        aliases: [],
        sourceId: id(v.sourceId),
        note: note(k),
      });
    for (const m of real.models)
      out.models.push({
        ...m,
        id: id(m.id),
        vendorId: id(m.vendorId),
        name: `${m.name} S${k}`,
        ...(m.nameZh ? { nameZh: `${m.nameZh} S${k}` } : {}),
        parameters: jitterOrNull(m.parameters),
        contextTokens: m.contextTokens === null ? null : Math.max(1, Math.round(jitter(m.contextTokens))),
        benchmarks: m.benchmarks.map((b) => ({
          ...b,
          value: Math.min(100, jitter(b.value)),
          sourceId: id(b.sourceId),
        })),
        apiPrice: m.apiPrice
          ? {
              ...m.apiPrice,
              input: jitter(m.apiPrice.input),
              output: jitter(m.apiPrice.output),
              sourceId: id(m.apiPrice.sourceId),
            }
          : null,
        sourceId: id(m.sourceId),
        note: note(k),
      });
    for (const m of real.metrics) {
      const f = 0.85 + 0.3 * rand();
      const times = (x: number | null) => (x === null ? null : x * f);
      out.metrics.push({
        ...m,
        id: id(m.id),
        vendorId: idOrNull(m.vendorId),
        value: times(m.value),
        low: times(m.low),
        high: times(m.high),
        baselineId: idOrNull(m.baselineId),
        sourceId: id(m.sourceId),
        note: note(k),
      });
    }
    for (const e of real.events)
      out.events.push({
        ...e,
        id: id(e.id),
        vendorId: idOrNull(e.vendorId),
        modelIds: e.modelIds.map(id),
        sourceId: id(e.sourceId),
        note: note(k),
      });
    for (const c of real.claims)
      out.claims.push({
        ...c,
        id: id(c.id),
        vendorIds: c.vendorIds.map(id),
        statement: { en: `[synthetic] ${c.statement.en}`, zh: `[合成] ${c.statement.zh}` },
        sourceId: id(c.sourceId),
      });
  }
  return out;
}

/** Record counts per resource, for the report. */
export function counts(d: Dataset): Record<keyof Dataset, number> {
  return {
    sources: d.sources.length,
    vendors: d.vendors.length,
    models: d.models.length,
    metrics: d.metrics.length,
    events: d.events.length,
    stages: d.stages.length,
    claims: d.claims.length,
  };
}
