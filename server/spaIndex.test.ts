import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { openDb } from './db';
import { isHiddenPath, looksLikeFile } from './spaIndex';
import { sampleDataset } from './testing/sample-dataset';

describe('looksLikeFile', () => {
  it('is true for a last segment with a dot and for hidden segments', () => {
    for (const p of [
      '/x.js',
      '/foo.png',
      '/a/b/c.map',
      '/.git/config',
      '/.env',
      '/a/.ssh/id',
      '/%2Egit/HEAD',
      '/%E0%A4',
    ])
      expect(looksLikeFile(p), p).toBe(true);
  });

  it('is false for the app’s pages', () => {
    for (const p of ['/', '/models', '/vendors/us-lab', '/a/b/', '/zh']) expect(looksLikeFile(p), p).toBe(false);
  });

  it('calls only dot-segments hidden', () => {
    expect(isHiddenPath('/.well-known/x')).toBe(true);
    expect(isHiddenPath('/favicon.svg')).toBe(false);
    expect(isHiddenPath('/a.b/c')).toBe(false);
  });
});

describe('unknown file-like paths next to the SPA', () => {
  const db = openDb(sampleDataset(), ':memory:');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-files-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Model Race</title>');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, '.git', 'config'), '[core]');
  fs.writeFileSync(path.join(dir, '.env'), 'SECRET=1');
  const app = createApp({ db, staticDir: dir });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answer a plain-text, uncached 404 instead of the page', async () => {
    for (const p of [
      '/.git/config',
      '/.env',
      '/x.js',
      '/foo.png',
      '/deep/path/app.css',
      '/%2Egit/config',
      '/robots.txt',
    ]) {
      const res = await app.request(`http://x${p}`);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type'), p).toContain('text/plain');
      expect(res.headers.get('cache-control'), p).toBe('no-store');
      expect(await res.text(), p).not.toContain('Model Race');
    }
  });

  it('still serve real files, and the page for paths without an extension', async () => {
    const svg = await app.request('http://x/favicon.svg');
    expect(svg.status).toBe(200);
    expect(await svg.text()).toBe('<svg/>');
    for (const p of ['/', '/models', '/vendors/us-lab?lang=zh', '/a/b/']) {
      const res = await app.request(`http://x${p}`);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type'), p).toContain('text/html');
      expect(await res.text(), p).toContain('Model Race');
    }
  });
});
