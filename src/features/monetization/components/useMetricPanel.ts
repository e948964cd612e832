import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../../../shared/api/queries';
import type { Metric, MetricKey, Source, Vendor } from '../../../shared/api/contract';
import type { ListFilters } from '../../../shared/filters/state';
import { indexById } from '../../../shared/ui/indexById';
import type { PanelStatus } from '../../../shared/ui/Panel';
import { monetizationQueries } from '../api/queries';

const NO_METRICS: Metric[] = [];
const NO_SOURCES = new Map<string, Source>();
const NO_VENDORS = new Map<string, Vendor>();

export interface MetricPanelData {
  /** The panel's metrics under the shared filters (empty while loading). */
  metrics: Metric[];
  sources: Map<string, Source>;
  vendors: Map<string, Vendor>;
  /** The queries behind the panel, for combineStatus. */
  queries: PanelStatus[];
}

/**
 * What every monetization panel reads: its metrics (every filter and metric
 * key in the query key, through the slice's factories), the source sentences
 * and the vendors, each by id.
 */
export function useMetricPanel(filters: ListFilters, metricKeys: readonly MetricKey[]): MetricPanelData {
  const metricsQ = useQuery(monetizationQueries.metrics(filters, metricKeys));
  const sourcesQ = useQuery(monetizationQueries.sources());
  const vendorsQ = useQuery(listQuery('vendors'));
  // indexById: the same map per answer as useVendorIndex / useSourceIndex give elsewhere.
  return {
    metrics: metricsQ.data?.data ?? NO_METRICS,
    sources: sourcesQ.data ? indexById(sourcesQ.data) : NO_SOURCES,
    vendors: vendorsQ.data ? indexById(vendorsQ.data) : NO_VENDORS,
    queries: [metricsQ, sourcesQ, vendorsQ],
  };
}
