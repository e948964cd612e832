// Closing a listening HTTP server without cutting off requests in progress.
import type { Server as NetServer } from 'node:net';

/** How long requests in progress may run on after close() before they are cut off. */
export const DEFAULT_GRACE_MS = 10_000;

/** How often keep-alive sockets that finished their request are closed while we wait. */
const REAP_EVERY_MS = 50;

/** An http.Server (the methods are absent on HTTP/2 servers, which then only stop listening). */
type ClosableServer = NetServer & {
  closeIdleConnections?: () => void;
  closeAllConnections?: () => void;
};

/**
 * Stops accepting connections, lets the requests in progress finish, and
 * resolves when every socket is closed. Node's own close() closes only the
 * sockets idle at that moment: a keep-alive socket whose request finishes
 * later, or one that never sends a request, would keep the server open until
 * its timeout (forever for the latter). So idle sockets are closed every
 * REAP_EVERY_MS, and whatever is left after `graceMs` is cut off.
 */
export function closeGracefully(server: ClosableServer, graceMs = DEFAULT_GRACE_MS): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const reap = setInterval(() => server.closeIdleConnections?.(), REAP_EVERY_MS);
    const cutOff = setTimeout(() => server.closeAllConnections?.(), graceMs);
    server.close((err) => {
      clearInterval(reap);
      clearTimeout(cutOff);
      if (err) reject(err);
      else resolve();
    });
    server.closeIdleConnections?.();
  });
}

/** The grace period from `SHUTDOWN_GRACE_MS` (milliseconds, default DEFAULT_GRACE_MS). */
export function graceMsFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_GRACE_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(`SHUTDOWN_GRACE_MS must be a whole number of milliseconds ≥ 0, not ${JSON.stringify(value)}.`);
  }
  return ms;
}
