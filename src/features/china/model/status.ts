/** The parts of a query result a panel frame reads. */
export interface StatusLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** A panel status that is ready at once: for a panel whose queries the region filter rules out. */
export const IDLE_STATUS: StatusLike = { isPending: false, isError: false, error: null, refetch: () => undefined };

/**
 * One status for a panel over several queries: pending while any is, in error
 * when any is (showing the first error), and Retry refetches the failed ones.
 * Disabled queries are left out by the caller.
 */
export function combineStatus(parts: readonly StatusLike[]): StatusLike {
  if (parts.length === 0) return IDLE_STATUS;
  const failed = parts.filter((p) => p.isError);
  return {
    isPending: failed.length === 0 && parts.some((p) => p.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all(failed.map((p) => p.refetch())),
  };
}
