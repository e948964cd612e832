// One list of requests, sent to the MSW mock and to the real server: both must
// answer with the same status and the same JSON. Values come from `dataset`,
// so the cases stay meaningful whatever data/*.json holds.
import { setupServer } from 'msw/node';
import { bypass } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { handlers } from '../../mocks/handlers';
import {
  API_PREFIX,
  ApiErrorBody,
  PAGE_LIMIT_MAX,
  encodeCursor,
  endpointNames,
  endpoints,
  queryFingerprint,
  spanOf,
} from '../../src/shared/api/contract';
import type { EndpointName } from '../../src/shared/api/contract';
import { startServer } from '../../server/serve';
import type { RunningServer } from '../../server/serve';

interface Case {
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** The endpoint whose response schema a 200 must satisfy. */
  endpoint?: EndpointName;
  /** Expected status; when omitted, only mock/server agreement is asserted. */
  status?: number;
  /** Assert a non-empty 200 list (set only when the data holds a matching record). */
  nonEmpty?: boolean;
}

const known = new Set(dataset.vendors.map((v) => v.id));
const v1 = dataset.vendors[0];
const v2 = dataset.vendors[1];
const usVendor = dataset.vendors.find((v) => v.region === 'us');
const cnVendor = dataset.vendors.find((v) => v.region === 'cn');
const modelVendor = dataset.models.find((m) => known.has(m.vendorId))?.vendorId;
const claimVendor = dataset.claims.flatMap((c) => c.vendorIds).find((v) => known.has(v));
const datedEvent = dataset.events[0];
const eventSpan = datedEvent ? spanOf('events', datedEvent) : null;
const eventYear = eventSpan?.start.slice(0, 4) ?? '2024';
const metric = dataset.metrics[0];
const metricYear = metric ? spanOf('metrics', metric)!.start.slice(0, 4) : '2024';
const stage = dataset.stages[0];
const stageYear = stage ? spanOf('stages', stage)!.start.slice(0, 4) : '2023';
const source = dataset.sources[0];
const has = (x: unknown) => x !== undefined && x !== null;

const p = (name: EndpointName, qs = '') => `${API_PREFIX}${endpoints[name].path}${qs ? `?${qs}` : ''}`;
const ok = (name: EndpointName, qs: string, nonEmpty = false): Case => ({
  path: p(name, qs),
  endpoint: name,
  status: 200,
  nonEmpty,
});
const bad = (name: EndpointName, qs: string): Case => ({ path: p(name, qs), status: 400 });

const vendorA = v1?.id ?? 'openai';
const vendorB = v2?.id ?? 'google';

const CASES: Case[] = [
  // every endpoint without filters
  ...endpointNames.map((n) => ok(n, '', dataset[n].length > 0)),
  { path: `${API_PREFIX}/openapi.json`, status: 200 },
  // vendors
  ...(v1 ? [ok('vendors', `vendor=${vendorA}`, true)] : [bad('vendors', `vendor=${vendorA}`)]),
  ok('vendors', 'region=us', has(usVendor)),
  ok('vendors', 'region=cn', has(cnVendor)),
  ...(v2 ? [ok('vendors', `vendor=${vendorA}&vendor=${vendorB}`, true)] : []),
  ...(v1
    ? [
        ok('vendors', `vendor=${vendorA}&region=${v1.region}`, true),
        ok('vendors', `vendor=${vendorA}&region=${v1.region === 'us' ? 'cn' : 'us'}`),
      ]
    : []),
  // models
  ...(modelVendor ? [ok('models', `vendor=${modelVendor}`, true)] : []),
  ok('models', 'region=us'),
  ok('models', 'region=cn'),
  ok('models', `from=${eventYear}`),
  ok('models', `to=${eventYear}`),
  ok('models', `from=${eventYear}&to=${eventYear}`),
  ok('models', `from=${eventYear}-03-01&to=${eventYear}-09-30`),
  ...(modelVendor ? [ok('models', `vendor=${modelVendor}&from=${eventYear}`)] : []),
  ...(usVendor && cnVendor
    ? [ok('models', `vendor=${usVendor.id}&vendor=${cnVendor.id}`), ok('models', `vendor=${usVendor.id}&region=cn`)]
    : []),
  // metrics
  ...(metric
    ? [ok('metrics', `metric=${metric.metric}`, true), ok('metrics', `from=${metricYear}&to=${metricYear}`, true)]
    : [ok('metrics', 'metric=revenue')]),
  ok('metrics', 'metric=revenue&metric=weekly-active-users'),
  ok('metrics', 'region=us&metric=revenue'),
  ok('metrics', `region=cn&from=${metricYear}-01-01&to=${metricYear}-06-30`),
  ...(metric?.vendorId && known.has(metric.vendorId)
    ? [ok('metrics', `vendor=${metric.vendorId}&metric=${metric.metric}`, true)]
    : []),
  // events
  ok('events', `from=${eventYear}&to=${eventYear}`, has(datedEvent)),
  ok(
    'events',
    eventSpan ? `from=${eventSpan.start}&to=${eventSpan.end}` : 'from=2024-01-01&to=2024-12-31',
    has(datedEvent),
  ),
  ok('events', 'region=cn'),
  ok('events', `region=us&from=${eventYear}`),
  ...(datedEvent?.vendorId && known.has(datedEvent.vendorId)
    ? [ok('events', `vendor=${datedEvent.vendorId}`, true)]
    : []),
  // stages
  ok('stages', `from=${stageYear}`, has(stage)),
  ok('stages', `to=${stageYear}`, has(stage)),
  ok('stages', 'from=2030-01-01'),
  ok('stages', `from=${stageYear}-06-15&to=${stageYear}-06-15`),
  // claims
  ...(claimVendor
    ? [ok('claims', `vendor=${claimVendor}`, true), ok('claims', `vendor=${claimVendor}&from=${eventYear}`)]
    : []),
  ok('claims', 'region=us'),
  ok('claims', 'region=cn'),
  ok('claims', `from=${eventYear}&to=${Number(eventYear) + 1}`),
  ...(usVendor ? [ok('claims', `vendor=${usVendor.id}&region=cn`)] : []),
  // sources
  ...(source
    ? [
        ok('sources', `id=${source.id}`, true),
        ok('sources', `kind=${source.kind}`, true),
        ok('sources', `id=${source.id}&kind=${source.kind}`, true),
      ]
    : []),
  ok('sources', 'id=no-such-source'),
  ok('sources', 'kind=forecast'),
  ...(dataset.sources.length > 1
    ? [ok('sources', `id=${dataset.sources[0]!.id}&id=${dataset.sources[1]!.id}`, true)]
    : []),
  // bad inputs
  bad('vendors', 'colour=red'),
  bad('stages', `vendor=${vendorA}`),
  bad('sources', 'region=us'),
  bad('models', 'vendor=no-such-vendor'),
  bad('claims', `vendor=${vendorA}&vendor=no-such-vendor`),
  bad('models', 'vendor=Not%20An%20Id'),
  bad('vendors', 'region=eu'),
  bad('events', 'region=US'),
  bad('events', 'from=2024-02-30'),
  bad('events', 'from=24'),
  bad('models', 'to=2024-05'),
  bad('metrics', 'from=yesterday'),
  bad('claims', 'from=2025&to=2024'),
  bad('stages', 'from=2024-07-01&to=2024-06-30'),
  bad('models', 'region=us&region=cn'),
  bad('events', 'from=2023&from=2024'),
  bad('sources', 'kind=claim&kind=target'),
  bad('metrics', 'metric=happiness'),
  bad('metrics', 'metric=revenue&metric=happiness'),
  bad('sources', 'kind=rumour'),
  bad('sources', 'id=Bad_Id'),
  bad('models', 'colour=red&region=eu'),
  // names of built-in object properties are unknown parameters like any other
  bad('vendors', 'constructor=1'),
  bad('models', 'toString=x'),
  bad('metrics', 'valueOf=1'),
  bad('events', 'hasOwnProperty=1'),
  bad('sources', '__proto__=x'),
  bad('claims', `__defineGetter__=a&vendor=${vendorA}`),
  bad('stages', 'constructor=a&constructor=b'),
  bad('vendors', '%5F%5Fproto%5F%5F=1&region=us'),
  bad('models', 'isPrototypeOf=&propertyIsEnumerable=&toLocaleString='),
  // paging
  ok('sources', 'limit=1', dataset.sources.length > 0),
  ok('claims', `limit=${PAGE_LIMIT_MAX}`, dataset.claims.length > 0),
  ok('models', 'region=us&limit=3'),
  ok('events', `cursor=${encodeCursor(0, queryFingerprint('events', {}))}&limit=2`),
  ok('vendors', `cursor=${encodeCursor(1_000_000, queryFingerprint('vendors', {}))}`), // past the end: empty
  bad('vendors', 'limit=0'),
  bad('vendors', `limit=${PAGE_LIMIT_MAX + 1}`),
  bad('models', 'limit=ten'),
  bad('models', 'limit=1.5'),
  bad('models', 'limit=-1'),
  bad('models', 'limit='),
  bad('events', 'limit=1&limit=2'),
  bad('sources', 'cursor=not-a-cursor'),
  bad('sources', 'cursor=%F0%9F%98%80'),
  bad('sources', 'cursor='),
  bad('sources', `cursor=${encodeCursor(0, queryFingerprint('sources', {}))}=`),
  bad('claims', `cursor=${encodeCursor(0, queryFingerprint('events', {}))}`), // another endpoint's
  bad('metrics', `region=cn&cursor=${encodeCursor(0, queryFingerprint('metrics', { region: 'us' }))}`),
  // unknown routes
  { path: `${API_PREFIX}/nope`, status: 404 },
  { path: '/api/v2/vendors', status: 404 },
  { path: '/api/other', status: 404 },
  { path: `${API_PREFIX}/vendors/${vendorA}`, status: 404 },
  { path: `${API_PREFIX}/nope`, method: 'POST', status: 404 },
  { path: '/api/other', method: 'DELETE', status: 404 },
  // routes answer GET and HEAD only
  { path: `${API_PREFIX}/vendors`, method: 'POST', status: 405 },
  { path: p('models', 'region=us'), method: 'PUT', status: 405 },
  { path: p('sources', 'colour=red'), method: 'DELETE', status: 405 },
  { path: `${API_PREFIX}/claims`, method: 'PATCH', status: 405 },
  { path: `${API_PREFIX}/openapi.json`, method: 'POST', status: 405 },
  { path: `${API_PREFIX}/vendors/`, status: 404 },
  { path: `${API_PREFIX}/Vendors`, status: 404 },
  { path: '/api', status: 404 },
];

const MOCK_ORIGIN = 'http://mock.test';
const mock = setupServer(...handlers);
let real: RunningServer;

beforeAll(async () => {
  mock.listen({ onUnhandledRequest: 'error' });
  // MSW shares this process: leave the global Request/Response alone.
  real = await startServer({ port: 0, host: '127.0.0.1', overrideGlobalObjects: false });
});
afterAll(async () => {
  mock.close();
  await real?.close();
});

async function answer(url: string, method: string) {
  const res = await fetch(url.startsWith(MOCK_ORIGIN) ? new Request(url, { method }) : bypass(url, { method }));
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    allow: res.headers.get('allow'),
    cacheControl: res.headers.get('cache-control'),
    body: (await res.json()) as unknown,
  };
}

describe('contract: MSW mock and real server answer alike', () => {
  it('has cases for every endpoint and every kind of bad input', () => {
    for (const n of endpointNames) expect(CASES.some((c) => c.endpoint === n)).toBe(true);
    expect(CASES.filter((c) => c.status === 400).length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES.map((c) => [`${c.method ?? 'GET'} ${c.path}`, c] as const))('%s', async (_label, c) => {
    const method = c.method ?? 'GET';
    const fromMock = await answer(`${MOCK_ORIGIN}${c.path}`, method);
    const fromServer = await answer(`${real.url}${c.path}`, method);
    expect(fromServer.status).toBe(fromMock.status);
    expect(fromServer.body).toEqual(fromMock.body);
    expect(fromMock.type).toContain('application/json');
    expect(fromServer.type).toContain('application/json');
    expect(fromServer.allow).toBe(fromMock.allow);
    if (fromServer.status === 405) expect(fromServer.allow).toBe('GET, HEAD');
    // No error answer is stored by a cache on the way.
    if (fromServer.status >= 400) expect(fromServer.cacheControl).toBe('no-store');
    if (c.status !== undefined) expect(fromMock.status).toBe(c.status);
    if (fromMock.status === 200 && c.endpoint) {
      const parsed = endpoints[c.endpoint].response.parse(fromMock.body);
      expect(parsed.meta.count).toBe(parsed.data.length);
      if (c.nonEmpty) expect(parsed.data.length).toBeGreaterThan(0);
    } else if (fromMock.status !== 200) {
      expect(ApiErrorBody.safeParse(fromMock.body).success).toBe(true);
    }
  });

  it.each(endpointNames)('%s: a walk one record per page gives the unpaged list, page by page alike', async (name) => {
    const whole = await answer(`${real.url}${p(name)}`, 'GET');
    const expected = endpoints[name].response.parse(whole.body);
    expect(expected.meta.nextCursor).toBeNull(); // the article's data is one page
    const walked: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const qs = `limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const fromMock = await answer(`${MOCK_ORIGIN}${p(name, qs)}`, 'GET');
      const fromServer = await answer(`${real.url}${p(name, qs)}`, 'GET');
      expect([fromServer.status, fromServer.body]).toEqual([fromMock.status, fromMock.body]);
      const page = endpoints[name].response.parse(fromMock.body);
      expect(page.meta.count).toBe(page.data.length);
      walked.push(...page.data);
      cursor = page.meta.nextCursor;
      pages++;
    } while (cursor !== null && pages <= expected.data.length);
    expect(cursor).toBeNull();
    expect(walked).toEqual(expected.data);
    expect(pages).toBe(Math.max(1, expected.data.length));
  });

  it('refuses a cursor it issued once the filters change, alike', async () => {
    const first = await answer(`${real.url}${p('sources', 'limit=1')}`, 'GET');
    const cursor = endpoints.sources.response.parse(first.body).meta.nextCursor;
    expect(cursor).not.toBeNull();
    const kind = source?.kind ?? 'reported';
    for (const qs of [`kind=${kind}&limit=1&cursor=${cursor}`, `id=x&cursor=${cursor}`]) {
      const fromMock = await answer(`${MOCK_ORIGIN}${p('sources', qs)}`, 'GET');
      const fromServer = await answer(`${real.url}${p('sources', qs)}`, 'GET');
      expect(fromMock.status).toBe(400);
      expect([fromServer.status, fromServer.body]).toEqual([fromMock.status, fromMock.body]);
      expect(ApiErrorBody.parse(fromMock.body).error.details[0]?.param).toBe('cursor');
    }
    // The same filters in another order, and another limit, keep the cursor valid.
    const again = await answer(`${real.url}${p('sources', `cursor=${cursor}&limit=2`)}`, 'GET');
    expect(again.status).toBe(200);
  });

  it('serves the same OpenAPI document from both', async () => {
    const a = await answer(`${MOCK_ORIGIN}${API_PREFIX}/openapi.json`, 'GET');
    expect((a.body as { openapi: string }).openapi).toBe('3.1.0');
  });
});
