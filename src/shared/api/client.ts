import { ApiErrorBody, endpoints, type EndpointName, type EndpointQuery, type EndpointResponse } from './contract';
import { withTimeout } from './timeout';

/** An answer the API gave with an error status. */
export class ApiHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiHttpError';
  }
}

/** An answer that does not match the contract: never drawn, always shown as an error. */
export class ApiShapeError extends Error {
  constructor(
    readonly endpoint: string,
    readonly issues: string[],
  ) {
    super(`Malformed response from ${endpoint}: ${issues.slice(0, 3).join('; ')}`);
    this.name = 'ApiShapeError';
  }
}

/** Query object → URLSearchParams, arrays repeated, keys sorted (so equal queries make equal URLs). */
export function toSearchParams(query: Record<string, unknown>): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const v = query[key];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const item of v) p.append(key, String(item));
    else p.append(key, String(v));
  }
  return p;
}

let baseUrl = '/api/v1';
export function setApiBase(url: string): void {
  baseUrl = url;
}
export function apiBase(): string {
  return baseUrl;
}

function absolute(path: string): string {
  if (/^https?:/.test(path)) return path;
  // Node (tests) has no page origin; the browser resolves against the page.
  const base =
    typeof window !== 'undefined' && window.location?.href?.startsWith('http')
      ? window.location.href
      : 'http://localhost/';
  return new URL(path, base).toString();
}

/**
 * Pages fetchList follows before it gives up: 200 pages of up to 500 records,
 * far beyond any list a panel draws; past it the list is an error, not a hang.
 */
export const MAX_LIST_PAGES = 200;

/** A list that did not end within MAX_LIST_PAGES pages. */
export class ApiListTooLongError extends Error {
  constructor(
    readonly endpoint: string,
    readonly pages: number,
  ) {
    super(`The ${endpoint} list did not end within ${pages} pages; narrow the filters.`);
    this.name = 'ApiListTooLongError';
  }
}

/**
 * GET a whole list endpoint: every page, following meta.nextCursor with the
 * same query and signal, each page validated against the contract; the
 * records concatenated in order, so callers see the list as one answer.
 */
export async function fetchList<E extends EndpointName>(
  name: E,
  query: Partial<EndpointQuery<E>>,
  signal?: AbortSignal,
): Promise<EndpointResponse<E>> {
  const data: EndpointResponse<E>['data'][number][] = [];
  let cursor: string | null = null;
  for (let pages = 1; ; pages++) {
    const pageQuery: Partial<EndpointQuery<E>> = cursor === null ? query : { ...query, cursor };
    // The timeout is per request: a long list of quick pages is not cut short.
    const page = await withTimeout(name, signal, (s): Promise<EndpointResponse<E>> => fetchPage(name, pageQuery, s));
    for (const item of page.data) data.push(item);
    cursor = page.meta.nextCursor;
    if (cursor === null) return { data, meta: { count: data.length, nextCursor: null } } as EndpointResponse<E>;
    if (pages >= MAX_LIST_PAGES) throw new ApiListTooLongError(name, pages);
  }
}

/** GET one page of a list endpoint, validate the answer against the contract. */
async function fetchPage<E extends EndpointName>(
  name: E,
  query: Partial<EndpointQuery<E>>,
  signal?: AbortSignal,
): Promise<EndpointResponse<E>> {
  const qs = toSearchParams(query as Record<string, unknown>).toString();
  const url = absolute(`${baseUrl}${endpoints[name].path}${qs ? `?${qs}` : ''}`);
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw res.ok ? new ApiShapeError(name, ['body is not JSON']) : new ApiHttpError(res.status, `HTTP ${res.status}`);
  }
  if (!res.ok) {
    const err = ApiErrorBody.safeParse(body);
    throw new ApiHttpError(res.status, err.success ? err.data.error.message : `HTTP ${res.status}`);
  }
  const parsed = endpoints[name].response.safeParse(body);
  if (!parsed.success) {
    throw new ApiShapeError(
      name,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data as EndpointResponse<E>;
}
