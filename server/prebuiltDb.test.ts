// PREBUILT_DB, the scale-out path: one file built once by build-db, opened
// read-only by every replica, which then answer alike.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPrebuiltDb } from './prebuiltDb';
import { startServer } from './serve';
import { StartError } from './startError';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-prebuilt-'));
const dbFile = path.join(dir, 'race.sqlite');
const vendorCount = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/vendors.json'), 'utf8')) as unknown[]).length;

beforeAll(() => {
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'server/build-db.ts', 'data', dbFile], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.PREBUILT_DB;
  delete process.env.DATASET_FILE;
});

describe('build-db', () => {
  it('builds from the data folder and leaves the file in rollback-journal mode, with no -wal or -shm beside it', () => {
    const db = new Database(dbFile, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      db.close();
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['race.sqlite']);
  });

  // Runs only as root with runuser, and only where `nobody` can reach this checkout's
  // node_modules: a clone inside a 0700 folder (mktemp -d) cannot load the driver as
  // another user, which says nothing about the database file under test.
  const driverDir = path.join(ROOT, 'node_modules/better-sqlite3');
  const nobodyCanLoadDriver =
    process.getuid?.() === 0 &&
    fs.existsSync('/usr/sbin/runuser') &&
    spawnSync('/usr/sbin/runuser', ['-u', 'nobody', '--', 'test', '-r', path.join(driverDir, 'package.json')])
      .status === 0;
  it.runIf(nobodyCanLoadDriver)('gives a file that a user who cannot write its folder can read', () => {
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(dbFile, 0o644);
    const driver = driverDir;
    const script = `const D = require(${JSON.stringify(driver)}); const db = new D(${JSON.stringify(dbFile)}, { readonly: true, fileMustExist: true }); console.log(db.prepare('SELECT count(*) FROM vendors').pluck().get());`;
    const run = spawnSync('/usr/sbin/runuser', ['-u', 'nobody', '--', process.execPath, '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(Number(run.stdout.trim())).toBe(vendorCount);
  });
});

describe('openPrebuiltDb', () => {
  it('opens the file read-only', () => {
    const db = openPrebuiltDb(dbFile);
    try {
      expect(db.readonly).toBe(true);
      expect(db.prepare('SELECT count(*) FROM vendors').pluck().get()).toBe(vendorCount);
      expect(() => db.exec('DELETE FROM vendors')).toThrow(/readonly/);
    } finally {
      db.close();
    }
  });

  it('refuses a missing file, naming it and how to build it', () => {
    const missing = path.join(dir, 'nope.sqlite');
    expect(() => openPrebuiltDb(missing)).toThrow(StartError);
    expect(() => openPrebuiltDb(missing)).toThrow(
      /nope\.sqlite does not exist; build it once with: node dist-server\/build-db\.js/,
    );
  });

  it('refuses a file that is not a database, and a database of something else', () => {
    const text = path.join(dir, 'text.sqlite');
    fs.writeFileSync(text, 'not a database, just text that is long enough to have a header '.repeat(4));
    expect(() => openPrebuiltDb(text)).toThrow(/text\.sqlite is not a database of this app/);
    const other = path.join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE vendors (id TEXT)');
    db.close();
    expect(() => openPrebuiltDb(other)).toThrow(
      /other\.sqlite is not a database of this app \(it has no table models, /,
    );
    fs.rmSync(text);
    fs.rmSync(other);
  });
});

describe('startServer with PREBUILT_DB', () => {
  it('serves it, and two servers on the same file answer with the same ETags (a 304 from either)', async () => {
    process.env.PREBUILT_DB = dbFile;
    const a = await startServer({ port: 0, overrideGlobalObjects: false });
    const b = await startServer({ port: 0, overrideGlobalObjects: false });
    try {
      for (const p of ['/api/v1/vendors', '/api/v1/models?region=cn', '/api/v1/sources']) {
        const [ra, rb] = await Promise.all([fetch(a.url + p), fetch(b.url + p)]);
        expect(ra.status).toBe(200);
        expect(ra.headers.get('etag')).toMatch(/^"/);
        expect(ra.headers.get('etag')).toBe(rb.headers.get('etag'));
        expect(await ra.text()).toBe(await rb.text());
        // A client revalidating what one replica sent gets its 304 from the other.
        const again = await fetch(b.url + p, { headers: { 'if-none-match': ra.headers.get('etag')! } });
        expect(again.status).toBe(304);
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['race.sqlite']);
  });

  it('refuses PREBUILT_DB together with DATASET_FILE', async () => {
    process.env.PREBUILT_DB = dbFile;
    process.env.DATASET_FILE = path.join(dir, 'dataset.json');
    await expect(startServer({ port: 0, overrideGlobalObjects: false })).rejects.toThrow(
      /PREBUILT_DB or DATASET_FILE, not both/,
    );
  });
});
