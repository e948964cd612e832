import { describe, expect, it } from 'vitest';
import { Dataset } from './dataset';
import { ApiErrorBody } from './errors';
import { OPENAPI_PATH, endpointOfPath, handleList, listBody, listContext, parseListQuery } from './handle';

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
    expect(parseListQuery('events', q(''), known)).toEqual({ ok: true, query: {} });
    expect(parseListQuery('events', q('vendor=alpha&vendor=beta&region=cn&from=2023&to=2024-06-30'), known)).toEqual({
      ok: true,
      query: { vendor: ['alpha', 'beta'], region: 'cn', from: '2023', to: '2024-06-30' },
    });
    expect(parseListQuery('metrics', q('metric=revenue&metric=loss'), known)).toEqual({
      ok: true,
      query: { metric: ['revenue', 'loss'] },
    });
    expect(parseListQuery('sources', q('id=a&id=b&kind=claim'), known)).toEqual({
      ok: true,
      query: { id: ['a', 'b'], kind: 'claim' },
    });
    expect(parseListQuery('stages', q('from=2024-02-29&to=2024-02-29'), known).ok).toBe(true);
  });

  it('rejects an unknown parameter, naming the accepted ones', () => {
    const e = fail('vendors', 'from=2024');
    expect(e.details).toEqual([{ param: 'from', message: 'unknown parameter; accepted: vendor, region' }]);
    expect(fail('sources', 'vendor=alpha').details[0]!.message).toContain('accepted: id, kind');
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

describe('handleList', () => {
  it('filters with matchesQuery and counts', () => {
    expect(handleList('events', q(''), ctx)).toEqual({ status: 200, body: listBody(data.events) });
    expect(handleList('events', q('region=cn'), ctx)).toEqual({
      status: 200,
      body: { data: [data.events[0]], meta: { count: 1 } },
    });
    expect(handleList('events', q('from=2023-06-01&to=2023-06-30'), ctx).body).toEqual({
      data: [data.events[1]],
      meta: { count: 1 },
    });
    expect(handleList('events', q('vendor=alpha'), ctx).body).toEqual({ data: [], meta: { count: 0 } });
    expect(handleList('vendors', q('region=us'), ctx).body).toEqual({ data: [data.vendors[0]], meta: { count: 1 } });
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
