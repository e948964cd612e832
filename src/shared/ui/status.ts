import type { PanelStatus } from './Panel';

/** A panel status that is ready at once: for a panel whose queries a filter rules out. */
export const IDLE_STATUS: PanelStatus = { isPending: false, isError: false, error: null, refetch: () => undefined };

/**
 * One status for a panel over several queries: in error when any is (showing
 * the first error, so Retry is offered at once), else pending while any is,
 * and updating (placeholder data) while any still shows its previous answer.
 * Retry refetches the failed queries. Disabled queries are left out by the caller.
 */
export function combineStatus(parts: readonly PanelStatus[]): PanelStatus {
  if (parts.length === 0) return IDLE_STATUS;
  const failed = parts.filter((p) => p.isError);
  return {
    isPending: failed.length === 0 && parts.some((p) => p.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all(failed.map((p) => p.refetch())),
    isPlaceholderData: parts.some((p) => p.isPlaceholderData === true),
  };
}
