import type { PanelStatus } from '../../../shared/ui/Panel';

/** One Panel status for a panel that reads several queries: pending while any is, failed when any failed; Retry refetches the failed ones. */
export function combineStatus(qs: readonly PanelStatus[]): PanelStatus {
  const failed = qs.filter((q) => q.isError);
  return {
    isPending: qs.some((q) => q.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all((failed.length > 0 ? failed : qs).map((q) => q.refetch())),
  };
}
