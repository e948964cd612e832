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
