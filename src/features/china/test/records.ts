// Small literal records shaped like the schema, for the model tests.
import type { Claim, Metric, Model, Vendor } from '../../../shared/api/contract';

const t = (en: string, zh = en) => ({ en, zh });

export function vendor(id: string, group: Vendor['group'], region: Vendor['region'] = 'cn'): Vendor {
  return { id, name: t(id.toUpperCase(), `${id}中`), aliases: [], region, group, sourceId: `s-${id}` };
}

export function model(id: string, vendorId: string, kind: Model['kind'] = 'model'): Model {
  return {
    id,
    vendorId,
    name: id,
    kind,
    released: null,
    parameters: null,
    modalities: null,
    contextTokens: null,
    openSource: null,
    benchmarks: [],
    apiPrice: null,
    sourceId: `s-${id}`,
  };
}

export function metric(p: Partial<Metric> & Pick<Metric, 'id' | 'metric' | 'period'>): Metric {
  return {
    vendorId: null,
    subject: t(p.id),
    value: null,
    low: null,
    high: null,
    bound: 'exact',
    unit: 'count',
    currency: null,
    baselineId: null,
    sourceId: `s-${p.id}`,
    ...p,
  };
}

export function claim(id: string, vendorIds: string[], extra: Partial<Claim> = {}): Claim {
  return {
    id,
    topic: 'monetization',
    vendorIds,
    speaker: t('The author', '作者'),
    date: null,
    statement: t(`${id} statement`, `${id} 陈述`),
    quantity: null,
    sourceId: `s-${id}`,
    ...extra,
  };
}

/** The part of the dataset the slice's models read. */
export interface Records {
  vendors: readonly Vendor[];
  models: readonly Model[];
  metrics: readonly Metric[];
  claims: readonly Claim[];
}

/**
 * The bench's N× dataset in brief: copies 1…n-1 of every record after the
 * real ones, ids and vendor ids ending `-syn<n>-<k>`, names marked, numbers
 * jittered by a fixed factor per copy (0.85…1.15), dates kept.
 */
export function scaled(d: Records, n: number): Records {
  const out = { vendors: [...d.vendors], models: [...d.models], metrics: [...d.metrics], claims: [...d.claims] };
  for (let k = 1; k < n; k++) {
    const id = (x: string) => `${x}-syn${n}-${k}`;
    const f = 0.85 + (0.3 * ((k * 37) % 100)) / 100;
    const times = (x: number | null) => (x === null ? null : x * f);
    for (const v of d.vendors)
      out.vendors.push({
        ...v,
        id: id(v.id),
        name: t(`${v.name.en} S${k}`, `${v.name.zh} 合成${k}`),
        sourceId: id(v.sourceId),
      });
    for (const m of d.models)
      out.models.push({
        ...m,
        id: id(m.id),
        vendorId: id(m.vendorId),
        name: `${m.name} S${k}`,
        sourceId: id(m.sourceId),
      });
    for (const m of d.metrics)
      out.metrics.push({
        ...m,
        id: id(m.id),
        vendorId: m.vendorId === null ? null : id(m.vendorId),
        value: times(m.value),
        low: times(m.low),
        high: times(m.high),
        baselineId: m.baselineId === null ? null : id(m.baselineId),
        sourceId: id(m.sourceId),
      });
    for (const c of d.claims)
      out.claims.push({ ...c, id: id(c.id), vendorIds: c.vendorIds.map(id), sourceId: id(c.sourceId) });
  }
  return out;
}
