import type { PanelStatus } from '../../../shared/ui/Panel';

/** One status for a panel that reads several queries: pending or failed if any is; Retry refetches the failed ones. */
export function combineStatus(...qs: PanelStatus[]): PanelStatus {
  const failed = qs.filter((q) => q.isError);
  return {
    isPending: qs.some((q) => q.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all(failed.map((q) => q.refetch())),
  };
}
