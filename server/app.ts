// The real API (and, given a staticDir, the built SPA) as a Hono app.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { Database as SqliteDb } from 'better-sqlite3';
import {
  API_PREFIX,
  LIST_MAX_AGE_S,
  OPENAPI_PATH,
  endpointNames,
  endpoints,
  internalErrorBody,
  notFoundBody,
  openApiDocument,
  nextCursorOf,
  parseListQuery,
} from '../src/shared/api/contract';
import type { EndpointName } from '../src/shared/api/contract';
import { ALLOW_HEADER, endpointOfPath, methodNotAllowedBody, unavailableBody } from '../src/shared/api/contract';
import { ListQueries, vendorIds } from './db';
import { pickEncoding } from './acceptEncoding';
import { HEALTH_PATH, databaseProbe } from './health';
import { createRequestLog, describeRequest } from './requestLog';
import type { RequestLog } from './requestLog';
import { securityHeaders } from './securityHeaders';
import { hashesOf, isHiddenPath, looksLikeFile, spaIndex, type SpaIndex } from './spaIndex';

export interface AppOptions {
  db: SqliteDb;
  /** Directory of the built SPA (dist/); when absent only the API is served. */
  staticDir?: string;
  /** Origins allowed to call the API cross-origin; empty means same-origin only. */
  corsOrigins?: readonly string[];
  /** Other origins the served page may fetch from (connect-src): the API's, when VITE_API_URL points elsewhere. */
  connectOrigins?: readonly string[];
  /** Entries of the per-query-string answer cache (0 turns it off). */
  cacheSize?: number;
  /** Bytes the answer cache may hold (bodies, compressed ones included); the oldest go first. */
  cacheBytes?: number;
  /** Where refused and failed requests are logged (rate-limited); tests pass one with their own writer and clock. */
  requestLog?: RequestLog;
}

interface Answer {
  status: number;
  /** The JSON body, encoded once: a cached answer is sent without re-encoding the string. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Compressed bodies, made on first request per encoding. */
  packed?: Partial<Record<'br' | 'gzip', Uint8Array<ArrayBuffer>>>;
}

const API_CACHE_CONTROL = `public, max-age=${LIST_MAX_AGE_S}`;
const JSON_TYPE = 'application/json; charset=utf-8';

/** Origins from a comma-separated list such as the `CORS_ORIGINS` env var. */
export function parseOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

function answer(status: number, body: string): Answer {
  const bytes = Buffer.from(body);
  return {
    status,
    body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>,
    etag: etagOf(body),
  };
}

/** Compressed bodies are worth it only above a few hundred bytes. */
const COMPRESS_MIN = 512;

export { pickEncoding };

function compressBytes(data: Uint8Array | string, enc: 'br' | 'gzip', level: 'fast' | 'best'): Uint8Array<ArrayBuffer> {
  const buf = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // Copy into a plain ArrayBuffer-backed view (what Response bodies accept).
  return new Uint8Array(
    enc === 'br'
      ? zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: level === 'best' ? 9 : 4 } })
      : zlib.gzipSync(buf, { level: level === 'best' ? 9 : 5 }),
  );
}

/** Sends a cacheable API answer, honouring If-None-Match; compressed once per answer and encoding. */
function send(c: Context, a: Answer): Response {
  const headers: Record<string, string> = { ETag: a.etag, 'Cache-Control': API_CACHE_CONTROL, Vary: 'Accept-Encoding' };
  if (a.status === 200 && ifNoneMatchHits(c.req.header('if-none-match'), a.etag)) return c.body(null, 304, headers);
  const enc = a.body.byteLength >= COMPRESS_MIN ? pickEncoding(c.req.header('accept-encoding')) : null;
  if (!enc) return c.body(a.body, a.status as 200, { ...headers, 'Content-Type': JSON_TYPE });
  const packed = (a.packed ??= {});
  const bytes = (packed[enc] ??= compressBytes(a.body, enc, 'fast'));
  return c.body(bytes, a.status as 200, { ...headers, 'Content-Type': JSON_TYPE, 'Content-Encoding': enc });
}

/** Error answers (and health) are never stored by anyone: cheap to remake, and a client can vary errors endlessly. */
const NO_STORE_JSON = { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' } as const;

function jsonError(
  c: Context,
  status: 400 | 404 | 405 | 500 | 503,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return c.body(JSON.stringify(body), status, { ...NO_STORE_JSON, ...headers });
}

/** A refused request's kind for the log: its status and route, from a small fixed set whatever the client sends. */
function refusalKind(status: number, pathname: string): string {
  const name = endpointOfPath(pathname);
  const route =
    name !== null || pathname === OPENAPI_PATH || pathname === HEALTH_PATH
      ? pathname
      : pathname === '/api' || pathname.startsWith('/api/')
        ? 'unknown API route'
        : 'non-API path';
  return `${status} ${route}`;
}

const sizeOf = (a: Answer) => a.body.byteLength + (a.packed?.br?.byteLength ?? 0) + (a.packed?.gzip?.byteLength ?? 0);

export function createApp({
  db,
  staticDir,
  corsOrigins = [],
  connectOrigins = [],
  cacheSize = 500,
  cacheBytes = 48 * 1024 * 1024,
  requestLog = createRequestLog(),
}: AppOptions): Hono {
  const app = new Hono();
  const page = staticDir ? spaIndex(path.resolve(staticDir)) : null;
  // The policy names the page's inline hashes: re-read a rebuilt index.html before the headers are made.
  if (page) app.use('*', async (c, next) => (c.req.path.startsWith('/api') ? next() : page.refresh().then(next)));
  // First, so every answer gets the headers: API, CORS preflight, files, page, 404 and 500.
  app.use('*', securityHeaders({ inline: () => hashesOf(page), connectOrigins }));
  const queries = new ListQueries(db);
  const known = vendorIds(db);
  const cache = new Map<string, Answer>();
  let openApi: Answer | undefined;

  const remember = (key: string, a: Answer): Answer => {
    if (cacheSize <= 0 || a.body.byteLength > cacheBytes / 4) return a;
    cache.set(key, a);
    let bytes = 0;
    for (const v of cache.values()) bytes += sizeOf(v);
    // Map order is insertion order: drop the oldest until both limits hold.
    for (const [k, v] of cache) {
      if (cache.size <= cacheSize && bytes <= cacheBytes) break;
      if (k === key) continue;
      cache.delete(k);
      bytes -= sizeOf(v);
    }
    return a;
  };

  const list = (name: EndpointName, search: URLSearchParams): Answer => {
    const parsed = parseListQuery(name, search, known);
    if (!parsed.ok) return answer(400, JSON.stringify(parsed.body));
    // One page: bounded by PAGE_LIMIT_MAX records and about PAGE_MAX_BYTES, so one string is fine.
    const { rows, cut } = queries.page(name, parsed.query, parsed.page);
    const meta = JSON.stringify({ count: rows.length, nextCursor: nextCursorOf(parsed.page, cut) });
    return answer(200, `{"data":[${rows.join(',')}],"meta":${meta}}`);
  };

  // A refused request (4xx) is logged as one line per kind and minute; 500s and 503s are logged where they happen.
  app.use('*', async (c, next) => {
    await next();
    const { status } = c.res;
    if (status >= 400 && status < 500) {
      requestLog.refused(refusalKind(status, c.req.path), describeRequest(c.req.method, c.req.url));
    }
  });

  if (corsOrigins.length > 0) {
    const allowed = new Set(corsOrigins);
    app.use(
      '/api/*',
      cors({
        origin: (origin) => (allowed.has(origin) ? origin : null),
        allowMethods: ['GET', 'HEAD', 'OPTIONS'],
        exposeHeaders: ['ETag'],
        maxAge: 600,
      }),
    );
  }

  app.get(OPENAPI_PATH, (c) => send(c, (openApi ??= answer(200, JSON.stringify(openApiDocument())))));

  for (const name of endpointNames) {
    app.get(`${API_PREFIX}${endpoints[name].path}`, (c) => {
      const url = new URL(c.req.url);
      const key = `${name}${url.search}`;
      const cached = cache.get(key);
      if (cached) return send(c, cached);
      const fresh = list(name, url.searchParams);
      // Only 200s are cached: endless distinct bad queries must neither fill the cache nor evict good answers.
      if (fresh.status !== 200) return c.body(fresh.body, fresh.status as 400, NO_STORE_JSON);
      return send(c, remember(key, fresh));
    });
  }

  const probe = databaseProbe(db);
  app.get(HEALTH_PATH, (c) => {
    const health = probe();
    if (health.ok) return c.body('{"status":"ok"}', 200, NO_STORE_JSON);
    requestLog.refused(refusalKind(503, HEALTH_PATH), describeRequest(c.req.method, c.req.url), health.reason);
    return jsonError(c, 503, unavailableBody('the database cannot be read'));
  });

  // The routes answer GET and HEAD (Hono answers HEAD with the GET route); CORS preflights are answered above.
  for (const route of [OPENAPI_PATH, HEALTH_PATH, ...endpointNames.map((n) => `${API_PREFIX}${endpoints[n].path}`)]) {
    app.all(route, (c) => jsonError(c, 405, methodNotAllowedBody(c.req.method, c.req.path), { Allow: ALLOW_HEADER }));
  }

  app.all('/api/*', (c) => jsonError(c, 404, notFoundBody(c.req.path)));
  app.all('/api', (c) => jsonError(c, 404, notFoundBody(c.req.path)));

  if (staticDir && page) app.get('*', serveSpa(path.resolve(staticDir), page));

  app.notFound((c) => jsonError(c, 404, notFoundBody(c.req.path)));
  app.onError((err, c) => {
    requestLog.failed(err, describeRequest(c.req.method, c.req.url));
    return jsonError(c, 500, internalErrorBody());
  });
  return app;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': JSON_TYPE,
  '.map': JSON_TYPE,
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function readFileIn(root: string, urlPath: string): Promise<{ file: string; data: Buffer } | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return null;
    return { file, data: await fs.readFile(file) };
  } catch {
    return null;
  }
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest)|image\/svg)/;

/** Files from the build, hashed assets cached for a year, index.html for every other GET; text compressed (brotli or gzip). */
function serveSpa(root: string, page: SpaIndex) {
  // Compressed copies of the build's files, by path, encoding and mtime-free content length (the build is immutable while served).
  const packed = new Map<string, Uint8Array<ArrayBuffer>>();
  const body = (
    c: Context,
    file: string,
    data: Buffer,
    type: string,
    cacheControl: string,
    status: 200 | 404 = 200,
  ) => {
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': cacheControl,
      Vary: 'Accept-Encoding',
    };
    const enc =
      data.length >= COMPRESS_MIN && COMPRESSIBLE.test(type) ? pickEncoding(c.req.header('accept-encoding')) : null;
    if (!enc) return c.body(new Uint8Array(data), status, headers);
    const key = `${enc}:${file}:${data.length}`;
    let bytes = packed.get(key);
    if (!bytes) packed.set(key, (bytes = compressBytes(data, enc, 'best')));
    return c.body(bytes, status, { ...headers, 'Content-Encoding': enc });
  };
  return async (c: Context): Promise<Response> => {
    const p = c.req.path;
    // Hidden files (`.git/`, `.env`) are never served, even when the directory has them.
    const hit = p === '/' || isHiddenPath(p) ? null : await readFileIn(root, p);
    if (hit) {
      const type = TYPES[path.extname(hit.file).toLowerCase()] ?? 'application/octet-stream';
      const cacheControl = p.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return body(c, hit.file, hit.data, type, cacheControl);
    }
    // A missing hashed asset or any other missing file (`/x.js`, `/.git/config`) is a real 404, not the app shell.
    if (p.startsWith('/assets/') || looksLikeFile(p)) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    // The page as the middleware read it for this request, so it matches the policy's hashes.
    const index = page.current();
    if (!index) return c.text('Not found (no index.html in the static directory)', 404);
    // Keyed by the file's stamp: a rebuilt page of the same length must not get the old page's compressed copy.
    return body(c, `${index.file}@${index.stamp}`, index.data, TYPES['.html']!, 'no-cache');
  };
}
