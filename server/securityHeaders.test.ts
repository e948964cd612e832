import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from './app';
import { openDb } from './db';
import { apiOrigins, cspHash, inlineHashes } from './securityHeaders';
import { sampleDataset } from './testing/sample-dataset';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

const SHELL_SCRIPT = "(function(){document.title='大模型';})()";
const CSS = '.a{color:red}\n';
const PAGE =
  `<!doctype html><html><head><script type="module" crossorigin src="/assets/index-1.js"></script>` +
  `<style>${CSS}</style></head><body><div id="root"><script>${SHELL_SCRIPT}</script></div></body></html>`;

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    header!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('inlineHashes', () => {
  it('hashes inline scripts and styles as the browser does, skipping scripts with src', () => {
    expect(cspHash(CSS)).toBe(sha(CSS));
    expect(inlineHashes(PAGE)).toEqual({ scripts: [sha(SHELL_SCRIPT)], styles: [sha(CSS)] });
  });

  it('finds none in a page without inline elements, and lists a repeated one once', () => {
    expect(inlineHashes('<!doctype html><title>x</title><script src="/a.js"></script>')).toEqual({
      scripts: [],
      styles: [],
    });
    expect(inlineHashes('<style>a{}</style><STYLE media="print">a{}</STYLE>').styles).toEqual([sha('a{}')]);
  });
});

describe('apiOrigins', () => {
  it('is the origin of an absolute http(s) VITE_API_URL, else nothing', () => {
    expect(apiOrigins('https://api.example.com/api/v1/')).toEqual(['https://api.example.com']);
    expect(apiOrigins('http://localhost:8787')).toEqual(['http://localhost:8787']);
    expect(apiOrigins(undefined)).toEqual([]);
    expect(apiOrigins(' ')).toEqual([]);
    expect(apiOrigins('/api/v1')).toEqual([]);
    expect(apiOrigins('javascript:alert(1)')).toEqual([]);
  });
});

describe('security headers on every answer', () => {
  const db = openDb(sampleDataset(), ':memory:');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-csp-'));
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'index-1.js'), 'console.log(1)');
  const app = createApp({ db, staticDir: dir, corsOrigins: ['https://allowed.example'] });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const expectTrusted = (res: Response, what: string) => {
    const h = res.headers;
    const csp = directives(h.get('content-security-policy'));
    expect(csp.get('default-src'), what).toEqual(["'self'"]);
    expect(csp.get('script-src'), what).toEqual(["'self'", sha(SHELL_SCRIPT)]);
    expect(csp.get('style-src'), what).toEqual(["'self'", sha(CSS)]);
    expect(csp.get('img-src'), what).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('connect-src'), what).toEqual(["'self'"]);
    expect(csp.get('worker-src'), what).toEqual(["'none'"]);
    expect(csp.get('object-src'), what).toEqual(["'none'"]);
    expect(csp.get('base-uri'), what).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors'), what).toEqual(["'self'"]);
    expect(csp.get('require-trusted-types-for'), what).toEqual(["'script'"]);
    const all = [...csp.values()].flat();
    expect(all, what).not.toContain("'unsafe-inline'");
    expect(all, what).not.toContain("'unsafe-eval'");
    expect(h.get('x-frame-options'), what).toBe('SAMEORIGIN');
    expect(h.get('x-content-type-options'), what).toBe('nosniff');
    expect(h.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
    const pp = h.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'clipboard-write=(self)'])
      expect(pp, what).toContain(feature);
    expect(h.get('strict-transport-security'), what).toBeNull();
  };

  it('on API answers, 304s, API 404s and CORS preflights', async () => {
    expectTrusted(await app.request('http://x/api/v1/vendors'), 'API 200');
    const etag = (await app.request('http://x/api/v1/vendors')).headers.get('etag')!;
    const notModified = await app.request('http://x/api/v1/vendors', { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expectTrusted(notModified, 'API 304');
    expectTrusted(await app.request('http://x/api/v1/vendors?colour=red'), 'API 400');
    expectTrusted(await app.request('http://x/api/v1/nope'), 'API 404');
    const preflight = await app.request('http://x/api/v1/vendors', {
      method: 'OPTIONS',
      headers: { Origin: 'https://allowed.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expectTrusted(preflight, 'CORS preflight');
  });

  it('on the page, built files and static 404s', async () => {
    for (const p of ['/', '/models?lang=zh']) {
      const res = await app.request(`http://x${p}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(PAGE);
      expectTrusted(res, `page ${p}`);
    }
    expectTrusted(await app.request('http://x/assets/index-1.js'), 'asset');
    const missing = await app.request('http://x/assets/missing-2.js');
    expect(missing.status).toBe(404);
    expectTrusted(missing, 'missing asset');
  });

  it('on the 404 of an API-only server and on a 500', async () => {
    const apiOnly = createApp({ db });
    const notFound = await apiOnly.request('http://x/index.html');
    expect(notFound.status).toBe(404);
    const csp = directives(notFound.headers.get('content-security-policy'));
    // No page is served: no inline hashes are allowed.
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(notFound.headers.get('x-content-type-options')).toBe('nosniff');

    const broken = openDb(sampleDataset(), ':memory:');
    const brokenApp = createApp({ db: broken, staticDir: dir });
    broken.close();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = await brokenApp.request('http://x/api/v1/vendors?region=us');
    quiet.mockRestore();
    expect(failed.status).toBe(500);
    expectTrusted(failed, 'API 500');
  });

  it('adds the API origin to connect-src when the client calls another site', async () => {
    const split = createApp({ db, connectOrigins: apiOrigins('https://api.example.com/api/v1') });
    const csp = directives((await split.request('http://x/api/v1/vendors')).headers.get('content-security-policy'));
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://api.example.com']);
  });

  it('follows a rebuilt index.html: the hashes are those of the page sent', async () => {
    const rebuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-csp-re-'));
    fs.writeFileSync(path.join(rebuilt, 'index.html'), PAGE);
    const live = createApp({ db, staticDir: rebuilt });
    expect((await live.request('http://x/')).headers.get('content-security-policy')).toContain(sha(CSS));
    const next = PAGE.replace(CSS, '.b{color:blue}');
    fs.writeFileSync(path.join(rebuilt, 'index.html'), next);
    // A different size, so the change is seen even within the file system's time resolution.
    const res = await live.request('http://x/some/page');
    expect(await res.text()).toBe(next);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('style-src')).toEqual(["'self'", sha('.b{color:blue}')]);
    fs.rmSync(rebuilt, { recursive: true, force: true });
  });

  it('sends a rebuilt page of the same length compressed anew, matching its hashes', async () => {
    const zlib = await import('node:zlib');
    const rebuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-csp-br-'));
    const file = path.join(rebuilt, 'index.html');
    const padded = (css: string) => PAGE.replace(CSS, css).replace('</body>', `<!--${'x'.repeat(800)}--></body>`);
    fs.writeFileSync(file, padded('.a{color:red}'));
    const live = createApp({ db, staticDir: rebuilt });
    const br = { headers: { 'accept-encoding': 'br' } };
    const first = await live.request('http://x/', br);
    expect(first.headers.get('content-encoding')).toBe('br');
    const next = padded('.a{color:tan}');
    fs.writeFileSync(file, next);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const res = await live.request('http://x/', br);
    expect(zlib.brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(next);
    expect(directives(res.headers.get('content-security-policy')).get('style-src')).toEqual([
      "'self'",
      sha('.a{color:tan}'),
    ]);
    fs.rmSync(rebuilt, { recursive: true, force: true });
  });
});
