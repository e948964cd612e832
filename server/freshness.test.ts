import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INPUTS_FILE, SERVER_OUT_DIR, compiledServerState, localInputs, staleReason } from './freshness.js';

describe('localInputs', () => {
  const root = path.resolve('/repo');
  it('keeps the repository files, relative and sorted, and drops packages, virtual ids and queries', () => {
    const ids = [
      path.join(root, 'server/start.ts'),
      path.join(root, 'data/vendors.json?import'),
      path.join(root, 'node_modules/hono/dist/index.js'),
      '\0rolldown/runtime.js',
      path.resolve('/elsewhere/x.ts'),
      'hono',
      path.join(root, 'data/index.ts'),
    ];
    expect(localInputs(root, ids, ['vite.server.config.ts'])).toEqual([
      'data/index.ts',
      'data/vendors.json',
      'server/start.ts',
      'vite.server.config.ts',
    ]);
  });
});

describe('staleReason', () => {
  it('is null when every input is older than the build', () => {
    expect(staleReason(1000, [{ path: 'a.ts', mtimeMs: 999 }])).toBeNull();
  });
  it('names an input changed since the build', () => {
    expect(
      staleReason(1000, [
        { path: 'a.ts', mtimeMs: 500 },
        { path: 'b.ts', mtimeMs: 1001 },
      ]),
    ).toBe('b.ts changed since the build');
  });
  it('names an input that is gone', () => {
    expect(staleReason(1000, [{ path: 'a.ts', mtimeMs: null }])).toBe('a.ts is gone');
  });
});

describe('compiledServerState', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  function repo(): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-fresh-'));
    dirs.push(root);
    fs.mkdirSync(path.join(root, 'server'));
    fs.writeFileSync(path.join(root, 'server/start.ts'), '');
    return root;
  }
  function build(root: string, inputs: unknown): void {
    fs.mkdirSync(path.join(root, SERVER_OUT_DIR), { recursive: true });
    fs.writeFileSync(path.join(root, SERVER_OUT_DIR, 'start.js'), '');
    fs.writeFileSync(path.join(root, SERVER_OUT_DIR, INPUTS_FILE), JSON.stringify({ inputs }));
  }
  const touch = (file: string, ms: number) => fs.utimesSync(file, ms / 1000, ms / 1000);

  it('says a missing build must be built', () => {
    expect(compiledServerState(repo())).toEqual({ built: false, reason: 'dist-server/ is not built' });
  });
  it('is fresh after a build from older sources', () => {
    const root = repo();
    touch(path.join(root, 'server/start.ts'), Date.now() - 60_000);
    build(root, ['server/start.ts']);
    expect(compiledServerState(root)).toEqual({ built: true, reason: null });
  });
  it('is stale when a source changed after the build', () => {
    const root = repo();
    build(root, ['server/start.ts']);
    touch(path.join(root, SERVER_OUT_DIR, INPUTS_FILE), Date.now() - 60_000);
    expect(compiledServerState(root)).toEqual({ built: true, reason: 'server/start.ts changed since the build' });
  });
  it('is stale when a source is gone', () => {
    const root = repo();
    build(root, ['server/start.ts', 'server/old.ts']);
    expect(compiledServerState(root).reason).toBe('server/old.ts is gone');
  });
  it('is stale when the list of inputs is unreadable or empty', () => {
    const root = repo();
    build(root, []);
    expect(compiledServerState(root).reason).toMatch(/lists no inputs/);
    fs.writeFileSync(path.join(root, SERVER_OUT_DIR, INPUTS_FILE), '{');
    expect(compiledServerState(root).reason).toMatch(/unreadable/);
  });
});
