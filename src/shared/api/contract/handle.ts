/**
 * The one request-handling core both backends share: parse and validate a
 * list query (`parseListQuery`), shape answers (`listBody`) and, for the JS
 * backend, filter a dataset with `matchesQuery` (`handleList`). The MSW mock
 * uses `handleList`; the server uses `parseListQuery` and filters in SQL.
 */
import { API_PREFIX, acceptedParams, endpointNames, endpoints } from './endpoints';
import type { EndpointItem, EndpointName, EndpointQuery, EndpointResponse } from './endpoints';
import { badRequestBody, notFoundBody } from './errors';
import type { ApiErrorBody } from './errors';
import { rawQueryFrom } from './params';
import { PAGE_LIMIT_DEFAULT, decodeCursor, queryFingerprint, takePage } from './pagination';
import type { PageRequest } from './pagination';
import { matchesQuery } from './semantics';
import type { Dataset } from './dataset';
import type { Region } from './resources';

/** A valid request: its filters (`query`, without limit and cursor) and the page it asks for. */
export type ParsedListQuery<E extends EndpointName> =
  { ok: true; query: EndpointQuery<E>; page: PageRequest } | { ok: false; status: 400; body: ApiErrorBody };

export type ListResult<E extends EndpointName> =
  { status: 200; body: EndpointResponse<E> } | { status: 400; body: ApiErrorBody };

const MAX_LISTED_VENDORS = 40;

/**
 * Parses a list endpoint's query string with the contract's schema, then checks
 * every `vendor` value against the known vendor ids, and a `cursor` against the
 * endpoint and filters it was issued for. Any failure gives the 400 body; the
 * message names the accepted parameters or the known values.
 */
export function parseListQuery<E extends EndpointName>(
  name: E,
  searchParams: URLSearchParams,
  knownVendorIds: ReadonlySet<string>,
): ParsedListQuery<E> {
  const accepted = acceptedParams(name);
  const parsed = endpoints[name].query.safeParse(rawQueryFrom(searchParams));
  if (!parsed.success) return { ok: false, status: 400, body: badRequestBody(parsed.error, accepted) };
  const { limit, cursor, ...filters } = parsed.data as EndpointQuery<E> & { limit?: number; cursor?: string };
  const query = filters as EndpointQuery<E>;
  const vendors = (query as { vendor?: string[] }).vendor;
  const unknown = vendors ? [...new Set(vendors.filter((v) => !knownVendorIds.has(v)))] : [];
  if (unknown.length > 0) return { ok: false, status: 400, body: unknownVendorBody(unknown, knownVendorIds) };
  const fingerprint = queryFingerprint(name, filters);
  // The schema let only well-formed cursors through.
  const decoded = cursor === undefined ? null : decodeCursor(cursor)!;
  if (decoded && decoded.fingerprint !== fingerprint) return { ok: false, status: 400, body: foreignCursorBody() };
  return { ok: true, query, page: { after: decoded?.after ?? null, limit: limit ?? PAGE_LIMIT_DEFAULT, fingerprint } };
}

function foreignCursorBody(): ApiErrorBody {
  const message = 'issued for another endpoint or other filters; repeat the first request without a cursor';
  return { error: { code: 'bad_request', message: `cursor: ${message}`, details: [{ param: 'cursor', message }] } };
}

function unknownVendorBody(unknown: string[], known: ReadonlySet<string>): ApiErrorBody {
  const ids = [...known];
  const listed =
    ids.length === 0
      ? '(none)'
      : ids.slice(0, MAX_LISTED_VENDORS).join(', ') + (ids.length > MAX_LISTED_VENDORS ? ', …' : '');
  const details = unknown.map((v) => ({ param: 'vendor', message: `unknown vendor id "${v}"; known: ${listed}` }));
  return {
    error: { code: 'bad_request', message: details.map((d) => `${d.param}: ${d.message}`).join('; '), details },
  };
}

/** The 200 body of a list endpoint: one page, and the cursor of the next (null on the last). */
export function listBody<E extends EndpointName>(
  items: EndpointItem<E>[],
  nextCursor: string | null = null,
): EndpointResponse<E> {
  return { data: items, meta: { count: items.length, nextCursor } } as EndpointResponse<E>;
}

/** What a dataset-backed handler needs, computed once per dataset. */
export interface ListContext {
  dataset: Dataset;
  knownVendorIds: ReadonlySet<string>;
  regionOf: (vendorId: string) => Region | undefined;
}

export function listContext(dataset: Dataset): ListContext {
  const regions = new Map(dataset.vendors.map((v) => [v.id, v.region] as const));
  return { dataset, knownVendorIds: new Set(regions.keys()), regionOf: (id) => regions.get(id) ?? undefined };
}

/**
 * Parse, validate, filter and page in JS: the whole answer of a list endpoint.
 * `maxPageBytes` is PAGE_MAX_BYTES but for tests of the byte cut.
 */
export function handleList<E extends EndpointName>(
  name: E,
  searchParams: URLSearchParams,
  ctx: ListContext,
  maxPageBytes?: number,
): ListResult<E> {
  const parsed = parseListQuery(name, searchParams, ctx.knownVendorIds);
  if (!parsed.ok) return { status: 400, body: parsed.body };
  const items = ctx.dataset[name] as EndpointItem<E>[];
  const matches = (item: EndpointItem<E>) => matchesQuery(name, item, parsed.query, ctx.regionOf);
  const page = takePage(items, matches, parsed.page, maxPageBytes);
  return { status: 200, body: listBody(page.items, page.nextCursor) };
}

/** The endpoint a pathname names (`/api/v1/vendors` → `vendors`), or null. */
export function endpointOfPath(pathname: string): EndpointName | null {
  if (!pathname.startsWith(`${API_PREFIX}/`)) return null;
  const rest = pathname.slice(API_PREFIX.length);
  return endpointNames.find((n) => endpoints[n].path === rest) ?? null;
}

export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;

/** 404 answer for a path under /api that names no route. */
export function notFoundResult(pathname: string): { status: 404; body: ApiErrorBody } {
  return { status: 404, body: notFoundBody(pathname) };
}

export function internalErrorBody(): ApiErrorBody {
  return { error: { code: 'internal', message: 'internal server error', details: [] } };
}
