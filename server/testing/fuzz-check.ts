// What every API answer must satisfy, whatever was asked: the properties the
// fuzz test (server/fuzz.test.ts, `npm run fuzz:api`) checks on each request.
import zlib from 'node:zlib';
import { API_PREFIX, ApiErrorBody, OPENAPI_PATH, endpointNames, endpoints } from '../../src/shared/api/contract';
import type { EndpointName } from '../../src/shared/api/contract';
import { HEALTH_PATH } from './fuzz-requests';
import type { FuzzRequest } from './fuzz-requests';

export const FUZZ_ORIGIN = 'http://fuzz.test';

/** Anything that answers a Request the way Hono's `app.request` does. */
export type Respond = (url: string, init: RequestInit) => Response | Promise<Response>;

export interface FuzzOutcome {
  status: number;
  /** Why the answer breaks a property, or null when it holds. */
  problem: string | null;
}

const endpointOfPathname = (pathname: string): EndpointName | null =>
  endpointNames.find((n) => `${API_PREFIX}${endpoints[n].path}` === pathname) ?? null;

async function bodyText(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const enc = res.headers.get('content-encoding');
  if (bytes.length === 0) return '';
  if (enc === 'br') return zlib.brotliDecompressSync(bytes).toString();
  if (enc === 'gzip') return zlib.gunzipSync(bytes).toString();
  return bytes.toString();
}

/**
 * Checks one answer. Validated 200 bodies are remembered by endpoint and text,
 * so a body seen again costs a string lookup instead of a schema parse.
 */
export function answerChecker(respond: Respond) {
  const validBodies = new Map<string, Set<string>>();

  const problemOf = async (req: FuzzRequest, res: Response): Promise<string | null> => {
    const { status } = res;
    if (status >= 500) return `answered ${status}`;
    const isHead = req.method === 'HEAD';
    const text = await bodyText(res);
    if (status >= 400) {
      if (res.headers.get('cache-control') !== 'no-store') return `${status} without Cache-Control: no-store`;
      if (status === 405 && res.headers.get('allow') !== 'GET, HEAD') return '405 without Allow: GET, HEAD';
      if (isHead) return text === '' ? null : 'HEAD answer with a body';
      if (!res.headers.get('content-type')?.startsWith('application/json')) return `${status} that is not JSON`;
      const parsed = ApiErrorBody.safeParse(safeJson(text));
      return parsed.success ? null : `${status} body is not the error shape: ${text.slice(0, 200)}`;
    }
    if (status !== 200 || isHead) return null;
    const pathname = new URL(res.url || `${FUZZ_ORIGIN}${req.target}`).pathname;
    const name = endpointOfPathname(pathname);
    if (name) {
      const seen = validBodies.get(name) ?? new Set<string>();
      validBodies.set(name, seen);
      if (seen.has(text)) return null;
      const parsed = endpoints[name].response.safeParse(safeJson(text));
      if (!parsed.success) return `200 of ${name} breaks its schema: ${parsed.error.issues[0]?.message}`;
      if (parsed.data.meta.count !== parsed.data.data.length) return `200 of ${name} with a wrong meta.count`;
      seen.add(text);
      return null;
    }
    if (pathname === OPENAPI_PATH) {
      return (safeJson(text) as { openapi?: unknown } | null)?.openapi === '3.1.0'
        ? null
        : 'openapi.json is not OpenAPI 3.1';
    }
    if (pathname === HEALTH_PATH) return text === '{"status":"ok"}' ? null : `healthz answered ${text.slice(0, 100)}`;
    return null;
  };

  return async (req: FuzzRequest): Promise<FuzzOutcome> => {
    const res = await respond(`${FUZZ_ORIGIN}${req.target}`, { method: req.method, headers: req.headers });
    return { status: res.status, problem: await problemOf(req, res) };
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
