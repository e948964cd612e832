import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { API_PREFIX, ApiErrorBody, endpointNames, endpoints } from '../src/shared/api/contract';
import { createApp, parseOrigins } from './app';
import { openDb } from './db';
import { sampleDataset } from './testing/sample-dataset';

const db = openDb(sampleDataset(), ':memory:');
const app = createApp({ db, corsOrigins: ['https://allowed.example'] });
afterAll(() => db.close());

const get = (p: string, headers: Record<string, string> = {}) => app.request(`http://x${p}`, { headers });
const json = async (p: string) => {
  const res = await get(p);
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, res };
};
const ids = (body: Record<string, unknown>) => (body.data as { id: string }[]).map((d) => d.id);

describe('API filters', () => {
  it('lists every endpoint unfiltered with meta.count', async () => {
    for (const name of endpointNames) {
      const { status, body } = await json(`${API_PREFIX}${endpoints[name].path}`);
      expect(status).toBe(200);
      const parsed = endpoints[name].response.parse(body);
      expect(parsed.meta.count).toBe(parsed.data.length);
      expect(parsed.data.length).toBe(sampleDataset()[name].length);
    }
  });

  it('filters by vendor, region, dates, metric, source id and kind', async () => {
    expect(ids((await json('/api/v1/vendors?region=cn')).body)).toEqual(['cn-lab', 'cn-big']);
    expect(ids((await json('/api/v1/models?vendor=cn-big&vendor=us-lab')).body)).toEqual(['m-a', 'm-c', 'm-e']);
    expect(ids((await json('/api/v1/models?region=cn&from=2024&to=2024')).body)).toEqual(['m-b']);
    expect(ids((await json('/api/v1/events?from=2024-03-01&to=2024-12-01')).body)).toEqual(['ev-2', 'ev-3']);
    expect(ids((await json('/api/v1/metrics?metric=revenue&metric=loss')).body)).toEqual(['x-1', 'x-2', 'x-4']);
    expect(ids((await json('/api/v1/stages?from=2024-07-01')).body)).toEqual([
      'multimodal-monetization',
      'application',
    ]);
    expect(ids((await json('/api/v1/claims?vendor=us-lab&region=cn')).body)).toEqual(['c-1']);
    expect(ids((await json('/api/v1/sources?id=s-1&id=s-2&kind=forecast')).body)).toEqual(['s-2']);
  });
});

describe('API errors', () => {
  const bad: [string, string][] = [
    ['/api/v1/vendors?colour=red', 'colour'],
    ['/api/v1/models?vendor=nobody', 'vendor'],
    ['/api/v1/vendors?region=eu', 'region'],
    ['/api/v1/events?from=2024-02-30', 'from'],
    ['/api/v1/events?from=24', 'from'],
    ['/api/v1/claims?from=2025&to=2024', 'from'],
    ['/api/v1/models?region=us&region=cn', 'region'],
    ['/api/v1/metrics?metric=happiness', 'metric.0'],
    ['/api/v1/sources?kind=rumour', 'kind'],
    ['/api/v1/stages?vendor=us-lab', 'vendor'],
  ];
  it.each(bad)('%s → 400 naming %s', async (p, param) => {
    const { status, body } = await json(p);
    expect(status).toBe(400);
    const err = ApiErrorBody.parse(body).error;
    expect(err.code).toBe('bad_request');
    expect(err.details.map((d) => d.param)).toContain(param);
    expect(err.message).toContain(param);
  });

  it('names accepted parameters and known vendors', async () => {
    const unknownParam = ApiErrorBody.parse((await json('/api/v1/models?colour=red')).body);
    expect(unknownParam.error.details[0]!.message).toContain('vendor, region, from, to');
    const unknownVendor = ApiErrorBody.parse((await json('/api/v1/models?vendor=nobody')).body);
    expect(unknownVendor.error.message).toContain('us-lab, cn-lab, cn-big');
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    for (const p of ['/api/v1/nope', '/api/v2/vendors', '/api', '/api/v1/vendors/us-lab']) {
      const { status, body } = await json(p);
      expect(status).toBe(404);
      expect(ApiErrorBody.parse(body).error).toEqual({
        code: 'not_found',
        message: `no such route: ${p}`,
        details: [],
      });
    }
    const post = await app.request('http://x/api/v1/nope', { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('answers exceptions with a JSON 500', async () => {
    const broken = openDb(sampleDataset(), ':memory:');
    const brokenApp = createApp({ db: broken });
    broken.close();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await brokenApp.request('http://x/api/v1/vendors?region=us');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'internal server error', details: [] } });
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });
});

describe('caching headers', () => {
  it('sends an ETag and Cache-Control, and 304 on If-None-Match', async () => {
    const first = await get('/api/v1/vendors?region=us');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await get('/api/v1/vendors?region=us', { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const weak = await get('/api/v1/vendors?region=us', { 'If-None-Match': `"other", W/${etag}` });
    expect(weak.status).toBe(304);
    const other = await get('/api/v1/vendors?region=cn', { 'If-None-Match': etag! });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('answers a repeated query string from its cache with the same body', async () => {
    const a = await get('/api/v1/claims?from=2024');
    const b = await get('/api/v1/claims?from=2024');
    expect(await b.text()).toBe(await a.text());
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });
});

describe('CORS', () => {
  it('allows a listed origin', async () => {
    const res = await get('/api/v1/vendors', { Origin: 'https://allowed.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    const pre = await app.request('http://x/api/v1/vendors', {
      method: 'OPTIONS',
      headers: { Origin: 'https://allowed.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
  });

  it('does not allow another origin', async () => {
    const res = await get('/api/v1/vendors', { Origin: 'https://evil.example' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers when no origins are configured', async () => {
    const plain = createApp({ db });
    const res = await plain.request('http://x/api/v1/vendors', { headers: { Origin: 'https://allowed.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('parses CORS_ORIGINS', () => {
    expect(parseOrigins(' https://a.example/, http://localhost:5173 ,,')).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(parseOrigins(undefined)).toEqual([]);
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document listing every endpoint', async () => {
    const { status, body } = await json('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const paths = body.paths as Record<string, { get: { parameters: { name: string }[] } }>;
    for (const name of endpointNames) {
      const op = paths[`${API_PREFIX}${endpoints[name].path}`];
      expect(op, name).toBeDefined();
      expect(op!.get.parameters.map((p) => p.name)).toEqual([...endpoints[name].accepts]);
    }
  });
});

describe('static SPA', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-static-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Model Race</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(os.tmpdir(), 'model-race-secret.txt'), 'secret');
  const spa = createApp({ db, staticDir: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves index.html with no-cache at / and as the fallback', async () => {
    for (const p of ['/', '/models', '/vendors/us-lab?lang=zh']) {
      const res = await spa.request(`http://x${p}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('Model Race');
    }
  });

  it('serves hashed assets with a long cache, other files with no-cache', async () => {
    const js = await spa.request('http://x/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const svg = await spa.request('http://x/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
    expect((await spa.request('http://x/assets/missing-1.js')).status).toBe(404);
  });

  it('keeps /api answers and 404s JSON, and stays inside the directory', async () => {
    const api = await spa.request('http://x/api/v1/nope');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
    const escape = await spa.request('http://x/..%2Fmodel-race-secret.txt');
    expect(await escape.text()).not.toBe('secret');
  });
});

describe('compression', () => {
  const raw = async (res: Response) => Buffer.from(await res.arrayBuffer());

  it('picks brotli, then gzip, from Accept-Encoding', async () => {
    const { pickEncoding } = await import('./app');
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });

  it('compresses API answers when asked and returns the same JSON', async () => {
    const zlib = await import('node:zlib');
    const plain = await get('/api/v1/openapi.json');
    const text = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(text.length).toBeGreaterThan(512);
    const gz = await get('/api/v1/openapi.json', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toContain('Accept-Encoding');
    expect(zlib.gunzipSync(await raw(gz)).toString()).toBe(text);
    const br = await get('/api/v1/openapi.json', { 'accept-encoding': 'br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(await raw(br)).toString()).toBe(text);
    expect(br.headers.get('etag')).toBe(plain.headers.get('etag'));
  });

  it('compresses built text files and leaves small ones alone', async () => {
    const zlib = await import('node:zlib');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-gz-'));
    const js = `export const x = ${JSON.stringify('a'.repeat(4000))};`;
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'big-1.js'), js);
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const spa = createApp({ db, staticDir: dir });
    const res = await spa.request('http://x/assets/big-1.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(await raw(res)).toString()).toBe(js);
    const small = await spa.request('http://x/', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
