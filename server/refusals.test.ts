// How the server refuses what it cannot serve: built-in property names as
// parameters, other methods than GET/HEAD, error answers kept out of every
// cache, rate-limited logging, and /healthz.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ApiErrorBody, OPENAPI_PATH, endpointNames, endpoints } from '../src/shared/api/contract';
import { createApp } from './app';
import { openDb } from './db';
import { createRequestLog } from './requestLog';
import { sampleDataset } from './testing/sample-dataset';

const db = openDb(sampleDataset(), ':memory:');
// Its refusals are logged nowhere: the logging tests below make their own app.
const app = createApp({ db, requestLog: createRequestLog({ write: () => {} }) });
afterAll(() => db.close());

const listPaths = endpointNames.map((n) => `${API_PREFIX}${endpoints[n].path}`);
const request = (
  a: { request: (url: string, init?: RequestInit) => Response | Promise<Response> },
  p: string,
  init?: RequestInit,
) => a.request(`http://x${p}`, init);

/** An app whose log lines land in `lines`, on a clock the test moves. */
function loggedApp(database = db) {
  const lines: string[] = [];
  const clock = { t: 0 };
  const logged = createApp({
    db: database,
    cacheSize: 0,
    requestLog: createRequestLog({ write: (l) => lines.push(l), windowMs: 60_000, now: () => clock.t }),
  });
  return { app: logged, lines, clock };
}

describe('parameters named like built-in object properties', () => {
  const names = [
    ...new Set([
      'constructor',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__proto__',
      ...Object.getOwnPropertyNames(Object.prototype),
    ]),
  ];

  it.each(names)('%s is an unknown parameter (400) on every list', async (name) => {
    for (const p of listPaths) {
      const res = await request(app, `${p}?${encodeURIComponent(name)}=1`);
      expect(res.status, p).toBe(400);
      const err = ApiErrorBody.parse(await res.json()).error;
      expect(err.code).toBe('bad_request');
      expect(err.details).toEqual([expect.objectContaining({ param: name })]);
      expect(err.details[0]!.message).toContain('unknown parameter');
    }
  });

  it('is refused next to valid filters and when repeated', async () => {
    for (const qs of [
      'region=us&constructor=a',
      'constructor=a&constructor=b',
      'vendor=us-lab&__proto__=x&toString=y',
    ]) {
      expect((await request(app, `${API_PREFIX}/vendors?${qs}`)).status, qs).toBe(400);
    }
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'FOO'])(
    '%s on a route → 405 with Allow: GET, HEAD and the JSON error',
    async (method) => {
      for (const p of [...listPaths, OPENAPI_PATH, '/healthz']) {
        const res = await request(app, `${p}?colour=red`, { method });
        expect(res.status, p).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(ApiErrorBody.parse(await res.json()).error).toEqual({
          code: 'method_not_allowed',
          message: `method ${method} not allowed on ${p}; allowed: GET, HEAD`,
          details: [],
        });
      }
    },
  );

  it('keeps unknown /api paths a JSON 404 whatever the method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await request(app, '/api/v1/nope', { method });
      expect(res.status).toBe(404);
      expect(ApiErrorBody.parse(await res.json()).error.code).toBe('not_found');
    }
  });

  it('answers HEAD on a route like GET, without a body', async () => {
    const res = await request(app, `${API_PREFIX}/vendors`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('still answers a CORS preflight', async () => {
    const cors = createApp({ db, corsOrigins: ['https://allowed.example'] });
    const res = await request(cors, `${API_PREFIX}/vendors`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://allowed.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
  });
});

describe('error answers and the caches', () => {
  it('sends 4xx with Cache-Control: no-store and no ETag', async () => {
    for (const p of [`${API_PREFIX}/vendors?colour=red`, `${API_PREFIX}/models?vendor=nobody`, '/api/v1/nope']) {
      const res = await request(app, p);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('cache-control'), p).toBe('no-store');
      expect(res.headers.get('etag'), p).toBeNull();
    }
  });

  it('keeps error answers out of the answer cache: they neither fill it nor evict good answers', async () => {
    const own = openDb(sampleDataset(), ':memory:');
    const small = createApp({ db: own, cacheSize: 3 });
    const good = ['/vendors?region=us', '/models?region=cn', '/claims?from=2024'];
    const bodies = new Map<string, string>();
    for (const g of good.slice(0, 2)) bodies.set(g, await (await request(small, `${API_PREFIX}${g}`)).text());
    for (let i = 0; i < 200; i++) {
      expect((await request(small, `${API_PREFIX}/vendors?colour=${i}`)).status).toBe(400);
    }
    bodies.set(good[2]!, await (await request(small, `${API_PREFIX}${good[2]}`)).text());
    // With the database closed only the cache can answer a list: all three good answers are still in it,
    // so no error took one of its 3 places.
    own.close();
    for (const g of good) {
      const res = await request(small, `${API_PREFIX}${g}`);
      expect(res.status, g).toBe(200);
      expect(await res.text()).toBe(bodies.get(g));
    }
  });
});

describe('logging', () => {
  it('logs a refused request once per kind and minute, in one line without a stack', async () => {
    const { app: logged, lines, clock } = loggedApp();
    for (let i = 0; i < 100; i++) await request(logged, `${API_PREFIX}/vendors?constructor=${i}`);
    expect(lines).toEqual([
      '[api] 400 /api/v1/vendors GET /api/v1/vendors?constructor=0 (at most one line per 60 s for this kind)',
    ]);
    await request(logged, '/api/v1/nope?x=1');
    await request(logged, '/api/v1/other', { method: 'POST' });
    await request(logged, `${API_PREFIX}/models`, { method: 'DELETE' });
    expect(lines.slice(1)).toEqual([
      '[api] 404 unknown API route GET /api/v1/nope?x=1 (at most one line per 60 s for this kind)',
      '[api] 405 /api/v1/models DELETE /api/v1/models (at most one line per 60 s for this kind)',
    ]);
    clock.t += 60_000;
    await request(logged, `${API_PREFIX}/vendors?toString=1`);
    expect(lines[3]).toBe(
      '[api] 400 /api/v1/vendors GET /api/v1/vendors?toString=1 (at most one line per 60 s for this kind; 99 more held back since the last)',
    );
    expect(lines.join('\n')).not.toContain('    at ');
  });

  it('logs a failure (500) with its stack once per kind and minute', async () => {
    const broken = openDb(sampleDataset(), ':memory:');
    const { app: failing, lines, clock } = loggedApp(broken);
    broken.close();
    for (const p of ['/vendors?region=us', '/vendors?region=cn', '/models', '/sources?kind=claim']) {
      for (let i = 0; i < 5; i++) {
        const res = await request(failing, `${API_PREFIX}${p}`);
        expect(res.status).toBe(500);
        expect(await res.json()).toEqual({
          error: { code: 'internal', message: 'internal server error', details: [] },
        });
      }
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[api\] 500 GET \/api\/v1\/vendors\?region=us \(at most one line per 60 s for this kind\)\n/,
    );
    expect(lines[0]).toContain('The database connection is not open');
    expect(lines[0]).toMatch(/\n\s+at /);
    clock.t += 60_000;
    await request(failing, `${API_PREFIX}/events`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('19 more held back since the last');
  });
});

describe('GET /healthz', () => {
  it('answers 200 {"status":"ok"}, never cached, when the database can be read', async () => {
    const res = await request(app, '/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok' });
    const head = await request(app, '/healthz', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 503 with the JSON error when the database cannot be read, and logs why', async () => {
    const closed = openDb(sampleDataset(), ':memory:');
    const { app: down, lines } = loggedApp(closed);
    closed.close();
    const res = await request(down, '/healthz');
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(ApiErrorBody.parse(await res.json()).error).toEqual({
      code: 'unavailable',
      message: 'the database cannot be read',
      details: [],
    });
    expect(lines).toEqual([
      '[api] 503 /healthz GET /healthz: The database connection is not open (at most one line per 60 s for this kind)',
    ]);
  });

  it('is answered before the SPA fallback when the app serves a build', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-health-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Model Race</title>');
    try {
      const res = await request(createApp({ db, staticDir: dir }), '/healthz');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
