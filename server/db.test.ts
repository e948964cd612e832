import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PAGE_LIMIT_MAX,
  endpointNames,
  handleList,
  listContext,
  nextCursorOf,
  parseListQuery,
} from '../src/shared/api/contract';
import type { EndpointName, EndpointQuery, ListResult } from '../src/shared/api/contract';
import { ListQueries, listSql, openDb, vendorIds } from './db';
import { sampleDataset } from './testing/sample-dataset';

const data = sampleDataset();
const db = openDb(data, ':memory:');
const queries = new ListQueries(db);
const ctx = listContext(data);
afterAll(() => db.close());

/** Every matching record's JSON text in one page (the sample is far below a page). */
const allRows = <E extends EndpointName>(name: E, query: EndpointQuery<E>) =>
  queries.page(name, query, { after: null, limit: PAGE_LIMIT_MAX }).rows;

/** Queries per endpoint: every filter alone and in combination, on the sample's edge cases. */
const QUERIES: Record<EndpointName, string[]> = {
  vendors: ['', 'region=cn', 'region=us', 'vendor=cn-lab', 'vendor=cn-lab&vendor=us-lab', 'vendor=us-lab&region=cn'],
  models: [
    '',
    'vendor=cn-big',
    'region=cn',
    'region=us',
    'from=2024',
    'to=2023',
    'from=2024-05-13&to=2024-05-13',
    'from=2024-08-01&to=2024-08-31',
    'from=2025-06-30',
    'from=2025-07-01',
    'vendor=cn-big&from=2025',
    'region=cn&from=2024&to=2024',
  ],
  metrics: [
    '',
    'metric=revenue',
    'metric=revenue&metric=loss',
    'region=us',
    'vendor=cn-lab&metric=monthly-active-users',
    'from=2024-10-01',
    'to=2023-07-01',
    'metric=revenue&region=us&from=2024',
  ],
  events: [
    '',
    'vendor=us-lab',
    'region=cn',
    'from=2024',
    'to=2022',
    'from=2024-03-31&to=2024-03-31',
    'vendor=cn-lab&vendor=cn-big&to=2024',
  ],
  stages: ['', 'from=2024', 'to=2023', 'from=2030', 'from=2024-12-31&to=2024-12-31', 'from=2023-12-31&to=2024-01-01'],
  claims: [
    '',
    'vendor=us-lab',
    'vendor=cn-big',
    'region=cn',
    'region=us',
    'vendor=cn-lab&region=us',
    'from=2024',
    'from=2025',
    'vendor=us-lab&from=2025',
  ],
  sources: ['', 'kind=forecast', 'id=s-1&id=s-3', 'id=s-2&kind=reported', 'id=s-9'],
};

describe('SQLite list queries', () => {
  it('loads every record with its position', () => {
    for (const name of endpointNames) expect(allRows(name, {} as never).length).toBe(data[name].length);
    expect([...vendorIds(db)]).toEqual(data.vendors.map((v) => v.id));
  });

  for (const name of endpointNames) {
    it.each(QUERIES[name])(`${name}?%s answers as matchesQuery does`, (qs) => {
      const search = new URLSearchParams(qs);
      const parsed = parseListQuery(name, search, ctx.knownVendorIds);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.body));
      const viaSql = allRows(name, parsed.query).map((j) => JSON.parse(j) as unknown);
      const viaJs = handleList(name, search, ctx);
      expect(viaJs.status).toBe(200);
      expect(viaSql).toEqual((viaJs.body as { data: unknown[] }).data);
    });
  }

  it('gives non-trivial answers on the sample (the edge cases are exercised)', () => {
    const ids = (name: EndpointName, qs: string) => {
      const p = parseListQuery(name, new URLSearchParams(qs), ctx.knownVendorIds);
      if (!p.ok) throw new Error('bad');
      return allRows(name, p.query).map((j) => (JSON.parse(j) as { id: string }).id);
    };
    expect(ids('models', 'region=cn')).toEqual(['m-b', 'm-c', 'm-e']); // ghost vendor has no region
    expect(ids('models', 'from=2024')).toEqual(['m-b', 'm-d', 'm-e']); // undated m-c never matches
    expect(ids('stages', 'from=2030')).toEqual(['application']); // open-ended stage
    expect(ids('stages', '')).toContain('device'); // not dated: listed …
    expect(ids('stages', 'from=2019')).not.toContain('device'); // … but never in a date range
    expect(ids('vendors', 'region=us')).not.toContain('nowhere'); // no region: matches neither
    expect(ids('vendors', 'region=cn')).not.toContain('nowhere');
    expect(ids('metrics', 'from=2024-05-01&to=2024-05-31')).toEqual(['x-1', 'x-5']); // 2024-QX: the whole year
    expect(ids('claims', 'region=cn')).toEqual(['c-1', 'c-3']);
    expect(ids('claims', 'vendor=cn-lab&region=us')).toEqual(['c-1']);
    expect(ids('metrics', 'region=us')).toEqual(['x-1']); // industry-wide x-2 never matches
  });

  it('binds every value as a parameter', () => {
    const { sql, params } = listSql(
      'claims',
      { vendor: ["x' OR 1=1 --"], region: 'cn', from: '2024', to: '2025' },
      { after: 41, limit: 10 },
    );
    expect(sql).not.toContain('OR 1=1');
    expect(params).toEqual([JSON.stringify(["x' OR 1=1 --"]), 'cn', '2025-12-31', '2024-01-01', 41, 11]);
    expect(sql).toMatch(/t\.ord > \? ORDER BY t\.ord LIMIT \?$/);
  });

  it('uses the filter indexes', () => {
    const plan = (sql: string, params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    const region = listSql('models', { region: 'cn' }, { after: null, limit: 500 });
    expect(plan(region.sql, region.params)).toMatch(/models_region/);
    const kind = listSql('sources', { kind: 'claim' }, { after: null, limit: 500 });
    expect(plan(kind.sql, kind.params)).toMatch(/sources_kind/);
  });

  it('pages by keyset as the JS backend does: every limit, every filter, and the byte cut', () => {
    let pagesCutByBytes = 0;
    for (const name of endpointNames)
      for (const qs of QUERIES[name]) {
        const whole = parseListQuery(name, new URLSearchParams(qs), ctx.knownVendorIds);
        if (!whole.ok) throw new Error(JSON.stringify(whole.body));
        const expected = allRows(name, whole.query).map((j) => JSON.parse(j) as unknown);
        for (const [limit, maxBytes] of [
          [1, Infinity],
          [2, Infinity],
          [500, 300],
        ] as const) {
          let cursor: string | null = null;
          const walked: unknown[] = [];
          for (let pages = 0; pages <= data[name].length; pages++) {
            const search: URLSearchParams = new URLSearchParams(
              `${qs}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
            );
            const parsed = parseListQuery(name, search, ctx.knownVendorIds);
            if (!parsed.ok) throw new Error(JSON.stringify(parsed.body));
            const viaSql = queries.page(name, parsed.query, parsed.page, maxBytes);
            const viaJs: ListResult<typeof name> = handleList(name, search, ctx, maxBytes);
            if (viaJs.status !== 200) throw new Error('expected 200');
            const label = `${name}?${search.toString()} (max ${maxBytes} B)`;
            expect(
              viaSql.rows.map((j) => JSON.parse(j) as unknown),
              label,
            ).toEqual(viaJs.body.data);
            expect(nextCursorOf(parsed.page, viaSql.cut), label).toBe(viaJs.body.meta.nextCursor);
            walked.push(...viaJs.body.data);
            if (maxBytes !== Infinity && viaJs.body.meta.nextCursor) pagesCutByBytes++;
            cursor = viaJs.body.meta.nextCursor;
            if (cursor === null) break;
          }
          expect(cursor).toBeNull();
          expect(walked).toEqual(expected);
        }
      }
    expect(pagesCutByBytes).toBeGreaterThan(10); // the byte cut was exercised
  });

  it('rebuilds a DB_PATH file on open', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-db-'));
    const file = path.join(dir, 'race.sqlite');
    fs.writeFileSync(file, 'not a database');
    const fileDb = openDb(data, file);
    expect(fileDb.prepare('SELECT count(*) FROM vendors').pluck().get()).toBe(data.vendors.length);
    fileDb.close();
    const again = openDb(data, file);
    expect(again.prepare('SELECT count(*) FROM vendors').pluck().get()).toBe(data.vendors.length);
    again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
