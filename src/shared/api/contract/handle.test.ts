import { describe, expect, it } from 'vitest';
import { Dataset } from './dataset';
import { ApiErrorBody } from './errors';
import { OPENAPI_PATH, endpointOfPath, handleList, listBody, listContext, parseListQuery } from './handle';
import type { ListResult } from './handle';
import { PAGE_LIMIT_DEFAULT, decodeCursor, encodeCursor, queryFingerprint } from './pagination';

const t = (s: string) => ({ en: s, zh: s });
const data = Dataset.parse({
  sources: [{ id: 's-1', quote: 'q', en: 'e', kind: 'reported', section: 'a' }],
  vendors: [
    { id: 'alpha', name: t('Alpha'), aliases: [], region: 'us', group: 'ai-lab', sourceId: 's-1' },
    { id: 'beta', name: t('Beta'), aliases: [], region: 'cn', group: 'bat', sourceId: 's-1' },
  ],
  models: [],
  metrics: [],
  events: [
    {
      id: 'e-1',
      date: '2024-Q2',
      stageId: 'application',
      kind: 'reported',
      vendorId: 'beta',
      category: 'release',
      title: t('a'),
      description: t('a'),
      modelIds: [],
      sourceId: 's-1',
    },
    {
      id: 'e-2',
      date: '2023',
      stageId: 'parameters',
      kind: 'claim',
      vendorId: null,
      category: 'chip',
      title: t('b'),
      description: t('b'),
      modelIds: [],
      sourceId: 's-1',
    },
  ],
  stages: [],
  claims: [],
});
const ctx = listContext(data);
const known = ctx.knownVendorIds;
const q = (s: string) => new URLSearchParams(s);

function fail(name: Parameters<typeof parseListQuery>[0], qs: string) {
  const r = parseListQuery(name, q(qs), known);
  if (r.ok) throw new Error(`expected ${name}?${qs} to fail`);
  expect(r.status).toBe(400);
  return ApiErrorBody.parse(r.body).error;
}

describe('parseListQuery', () => {
  it('parses every filter into its typed value', () => {
    const firstPage = (name: string, filters: Record<string, unknown>) => ({
      after: null,
      limit: PAGE_LIMIT_DEFAULT,
      fingerprint: queryFingerprint(name, filters),
    });
    expect(parseListQuery('events', q(''), known)).toEqual({ ok: true, query: {}, page: firstPage('events', {}) });
    const filters = { vendor: ['alpha', 'beta'], region: 'cn', from: '2023', to: '2024-06-30' };
    expect(parseListQuery('events', q('vendor=alpha&vendor=beta&region=cn&from=2023&to=2024-06-30'), known)).toEqual({
      ok: true,
      query: filters,
      page: firstPage('events', filters),
    });
    expect(parseListQuery('metrics', q('metric=revenue&metric=loss'), known)).toMatchObject({
      ok: true,
      query: { metric: ['revenue', 'loss'] },
    });
    expect(parseListQuery('sources', q('id=a&id=b&kind=claim'), known)).toMatchObject({
      ok: true,
      query: { id: ['a', 'b'], kind: 'claim' },
    });
    expect(parseListQuery('stages', q('from=2024-02-29&to=2024-02-29'), known).ok).toBe(true);
  });

  it('rejects an unknown parameter, naming the accepted ones', () => {
    const e = fail('vendors', 'from=2024');
    expect(e.details).toEqual([
      { param: 'from', message: 'unknown parameter; accepted: vendor, region, limit, cursor' },
    ]);
    expect(fail('sources', 'vendor=alpha').details[0]!.message).toContain('accepted: id, kind, limit, cursor');
  });

  it('rejects an unknown vendor id, naming the known ones', () => {
    const e = fail('models', 'vendor=alpha&vendor=gamma');
    expect(e.details).toEqual([{ param: 'vendor', message: 'unknown vendor id "gamma"; known: alpha, beta' }]);
    expect(e.message).toBe('vendor: unknown vendor id "gamma"; known: alpha, beta');
    expect(fail('vendors', 'vendor=Not%20An%20Id').details[0]!.param).toBe('vendor.0');
    expect(parseListQuery('models', q('vendor=alpha'), new Set()).ok).toBe(false);
  });

  it('rejects bad values and repeats of single-valued parameters', () => {
    expect(fail('vendors', 'region=eu').details[0]!.param).toBe('region');
    expect(fail('events', 'region=us&region=cn').details).toEqual([{ param: 'region', message: 'may be given once' }]);
    expect(fail('events', 'from=2023&from=2024').details[0]!.param).toBe('from');
    expect(fail('events', 'from=2024-13-01').details[0]!.param).toBe('from');
    expect(fail('events', 'to=2023-02-29').details[0]!.message).toBe('not a real calendar date');
    expect(fail('events', 'to=2024-05').details[0]!.param).toBe('to');
    expect(fail('events', 'from=2025&to=2024').details).toEqual([{ param: 'from', message: 'from is after to' }]);
    expect(fail('events', 'from=2024-07-01&to=2024-06-30').details[0]!.message).toBe('from is after to');
    expect(fail('metrics', 'metric=revenue&metric=mood').details[0]!.param).toBe('metric.1');
    expect(fail('sources', 'kind=rumour').details[0]!.param).toBe('kind');
    expect(fail('sources', 'kind=claim&kind=target').details[0]!.message).toBe('may be given once');
  });

  it('accepts a year as from and to of the same year', () => {
    expect(parseListQuery('claims', q('from=2024&to=2024'), known).ok).toBe(true);
    expect(parseListQuery('claims', q('from=2024-12-31&to=2024'), known).ok).toBe(true);
  });
});

describe('paging parameters', () => {
  it('parses limit and a cursor issued for the same filters; keeps them out of the filters', () => {
    const cursor = encodeCursor(0, queryFingerprint('events', { region: 'cn' }));
    expect(parseListQuery('events', q(`region=cn&limit=7&cursor=${cursor}`), known)).toEqual({
      ok: true,
      query: { region: 'cn' },
      page: { after: 0, limit: 7, fingerprint: queryFingerprint('events', { region: 'cn' }) },
    });
  });

  it('refuses a bad limit or a malformed cursor, naming the parameter', () => {
    for (const limit of ['0', '501', 'ten', '2.5', '-1', ''])
      expect(fail('events', `limit=${limit}`).details[0]!.param, limit).toBe('limit');
    expect(fail('events', 'limit=1&limit=2').details[0]).toEqual({ param: 'limit', message: 'may be given once' });
    expect(fail('events', 'cursor=abc!').details[0]!.param).toBe('cursor');
    expect(fail('events', 'cursor=').details[0]!.param).toBe('cursor');
  });

  it('refuses a cursor issued for other filters or another endpoint', () => {
    const cursor = encodeCursor(0, queryFingerprint('events', { region: 'cn' }));
    const foreign = {
      param: 'cursor',
      message: 'issued for another endpoint or other filters; repeat the first request without a cursor',
    };
    expect(fail('events', `region=us&cursor=${cursor}`).details).toEqual([foreign]);
    expect(fail('events', `cursor=${cursor}`).details).toEqual([foreign]);
    expect(fail('claims', `region=cn&cursor=${cursor}`).details).toEqual([foreign]);
    // The order of the parameters and a changed limit are not other filters.
    expect(parseListQuery('events', q(`cursor=${cursor}&limit=3&region=cn`), known).ok).toBe(true);
  });
});

describe('handleList pages', () => {
  it('walks a list one record at a time to the same records as one page', () => {
    const seen: unknown[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: ListResult<'vendors'> = handleList('vendors', q(`limit=1${cursor ? `&cursor=${cursor}` : ''}`), ctx);
      if (r.status !== 200) throw new Error(JSON.stringify(r.body));
      expect(r.body.meta.count).toBe(r.body.data.length);
      seen.push(...r.body.data);
      cursor = r.body.meta.nextCursor;
      if (cursor === null) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual(data.vendors);
  });

  it('ends a page early by bytes, given a small maximum', () => {
    const r = handleList('vendors', q(''), ctx, 1);
    if (r.status !== 200) throw new Error('expected 200');
    expect(r.body.data).toEqual([data.vendors[0]]);
    expect(decodeCursor(r.body.meta.nextCursor!)!.after).toBe(0);
  });
});

describe('handleList', () => {
  it('filters with matchesQuery and counts', () => {
    expect(handleList('events', q(''), ctx)).toEqual({ status: 200, body: listBody(data.events) });
    expect(handleList('events', q('region=cn'), ctx)).toEqual({
      status: 200,
      body: { data: [data.events[0]], meta: { count: 1, nextCursor: null } },
    });
    expect(handleList('events', q('from=2023-06-01&to=2023-06-30'), ctx).body).toEqual({
      data: [data.events[1]],
      meta: { count: 1, nextCursor: null },
    });
    expect(handleList('events', q('vendor=alpha'), ctx).body).toEqual({
      data: [],
      meta: { count: 0, nextCursor: null },
    });
    expect(handleList('vendors', q('region=us'), ctx).body).toEqual({
      data: [data.vendors[0]],
      meta: { count: 1, nextCursor: null },
    });
  });

  it('answers bad input with the 400 body', () => {
    const r = handleList('events', q('region=mars'), ctx);
    expect(r.status).toBe(400);
    expect(ApiErrorBody.safeParse(r.body).success).toBe(true);
  });
});

describe('endpointOfPath', () => {
  it('maps API paths to endpoint names', () => {
    expect(endpointOfPath('/api/v1/vendors')).toBe('vendors');
    expect(endpointOfPath('/api/v1/sources')).toBe('sources');
    expect(endpointOfPath('/api/v1/vendors/x')).toBeNull();
    expect(endpointOfPath('/api/v2/vendors')).toBeNull();
    expect(endpointOfPath(OPENAPI_PATH)).toBeNull();
  });
});
