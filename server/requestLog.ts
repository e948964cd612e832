// What the server writes about requests it could not serve. One line per kind
// of refusal (a 4xx, a 503) and one stack per kind of failure (a 500), each at
// most once per window: a client repeating a bad request, or a bug hit by every
// request, cannot flood the log (a stack per request wrote 60 MB in 10 s).
import { createRateLimiter } from './rateLimit';

export interface RequestLogOptions {
  /** Where lines go (default console.error). */
  write?: (line: string) => void;
  /** Quiet period per kind after a line, in ms (default 60 s). */
  windowMs?: number;
  now?: () => number;
}

export interface RequestLog {
  /** A request the app refused (4xx, 503): one line, no stack. `kind` must come from a small fixed set. */
  refused(kind: string, request: string, reason?: string): void;
  /** The app failed on a request (500): the error's stack, once per place it was thrown. */
  failed(err: unknown, request: string): void;
}

const MAX_REQUEST_CHARS = 200;

/** `METHOD /path?query`, cut short and with control characters escaped, for one log line. */
export function describeRequest(method: string, url: string): string {
  let target = url;
  try {
    const u = new URL(url);
    target = u.pathname + u.search;
  } catch {
    // not absolute: keep it as it came
  }
  const shown = target.length > MAX_REQUEST_CHARS ? `${target.slice(0, MAX_REQUEST_CHARS)}…` : target;
  return `${method.slice(0, 20)} ${shown}`.replace(
    // Control characters are what this escapes: matching them is the point.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f]/g,
    (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Where an error was thrown (its first stack frame), so each bug is one kind whatever the request. */
export function failureKind(err: unknown): string {
  if (!(err instanceof Error)) return `500 ${typeof err}`;
  const frame =
    err.stack
      ?.split('\n')
      .find((l) => l.trimStart().startsWith('at '))
      ?.trim() ?? '';
  return `500 ${err.name} ${frame}`;
}

export function createRequestLog({
  // Looked up on each line, so a console patched later (a test's spy) still gets it.
  write = (line) => console.error(line),
  windowMs = 60_000,
  now,
}: RequestLogOptions = {}): RequestLog {
  const limiter = createRateLimiter({ windowMs, ...(now ? { now } : {}) });
  const seconds = Math.round(windowMs / 1000);
  const footer = (requested: string, a: { kind: string; suppressed: number }) => {
    const shared = a.kind === requested ? '' : `counted as ${a.kind}; `;
    const held = a.suppressed > 0 ? `; ${a.suppressed} more held back since the last` : '';
    return `(${shared}at most one line per ${seconds} s for this kind${held})`;
  };

  return {
    refused(kind, request, reason) {
      const a = limiter.admit(kind);
      if (a.admitted) write(`[api] ${kind} ${request}${reason ? `: ${reason}` : ''} ${footer(kind, a)}`);
    },
    failed(err, request) {
      const kind = failureKind(err);
      const a = limiter.admit(kind);
      if (!a.admitted) return;
      const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
      write(`[api] 500 ${request} ${footer(kind, a)}\n${detail}`);
    },
  };
}
