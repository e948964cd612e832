/** How long one API request may take, headers and body, before it counts as failed. */
export const DEFAULT_API_TIMEOUT_MS = 15_000;

/**
 * An API request that did not finish within the timeout: the panel shows an
 * error with Retry instead of a skeleton forever. Its own class, so it is told
 * apart from a cancel (React Query aborting a query nobody needs any more).
 */
export class ApiTimeoutError extends Error {
  readonly seconds: number;
  constructor(
    readonly endpoint: string,
    ms: number,
  ) {
    const seconds = ms / 1000;
    super(`The API did not answer within ${seconds} s`);
    this.name = 'ApiTimeoutError';
    this.seconds = seconds;
  }
}

let timeoutMs = DEFAULT_API_TIMEOUT_MS;
/** Sets the per-request timeout (tests use a short one). */
export function setApiTimeout(ms: number): void {
  if (!(ms > 0)) throw new RangeError(`API timeout must be a positive number of ms, got ${ms}`);
  timeoutMs = ms;
}
export function apiTimeoutMs(): number {
  return timeoutMs;
}

/**
 * Runs `work` with a signal that aborts when the caller's does or after `ms`.
 * A timeout rejects with ApiTimeoutError whatever error the aborted work threw
 * (a body read cut short may look like bad JSON); a caller's cancel rejects as
 * the work did. The timer is cleared as soon as the work ends.
 * (A hand-made controller rather than AbortSignal.any + AbortSignal.timeout:
 * its timer can be cleared, and it runs in browsers without AbortSignal.any.)
 */
export async function withTimeout<T>(
  endpoint: string,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
  ms: number = timeoutMs,
): Promise<T> {
  const controller = new AbortController();
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new ApiTimeoutError(endpoint, ms));
  }, ms);
  try {
    return await work(controller.signal);
  } catch (e) {
    if (timedOut && !outer?.aborted) throw new ApiTimeoutError(endpoint, ms);
    throw e;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}
