import type { Metric } from '../../../shared/api/contract';

/** A metric record shaped like the schema, for tests. */
export function metric(p: Partial<Metric> & Pick<Metric, 'id' | 'metric'>): Metric {
  return {
    vendorId: 'v',
    subject: { en: 'Subject', zh: '对象' },
    period: '2024-Q3',
    value: null,
    low: null,
    high: null,
    bound: 'exact',
    unit: 'currency',
    currency: 'USD',
    baselineId: null,
    sourceId: 's-1',
    ...p,
  };
}
