// Starts the API (and optionally the built SPA) on a port; used by start.ts,
// scripts/dev-api.ts and the tests (port 0).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Database as SqliteDb } from 'better-sqlite3';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, parseOrigins } from './app';
import { apiOrigins } from './securityHeaders';
import { DatasetError } from '../src/shared/api/contract/datasetProblems';
import { loadDataset, openDb } from './db';
import { StartError, datasetBuildFailure } from './startError';
import { DEFAULT_GRACE_MS, closeGracefully } from './gracefulClose';
import { openPrebuiltDb } from './prebuiltDb';

// This file's folder is server/ (run from source) or dist-server/ (compiled,
// one flat folder): the repository is its parent either way.
export const ROOT = path.resolve(import.meta.dirname, '..');
export const DIST = path.join(ROOT, 'dist');

export interface StartOptions {
  port?: number;
  host?: string;
  /** Serve the built SPA from here (e.g. dist/). */
  staticDir?: string;
  /** Build the SPA into staticDir first when it is missing or stale. */
  build?: boolean;
  /** Cross-origin callers allowed; default from CORS_ORIGINS. */
  corsOrigins?: readonly string[];
  /** SQLite file; default DB_PATH, else in memory. */
  dbPath?: string;
  /**
   * Let @hono/node-server put its light Request/Response in the globals (the
   * default): answers are then written straight to the socket instead of
   * through a web stream. Pass false when the process shares the globals with
   * something else (MSW in the contract tests).
   */
  overrideGlobalObjects?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops listening, lets requests in progress finish (cut off after graceMs), then closes the database. */
  close(graceMs?: number): Promise<void>;
}

function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** True when dist/index.html is missing or older than any input of the build. */
export function needsBuild(outDir = DIST): boolean {
  const index = path.join(outDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const inputs = ['src', 'index.html', 'vite.config.ts', 'data', 'public'].map((p) => path.join(ROOT, p));
  return inputs.some((p) => newestMtime(p) > built);
}

/** Builds the SPA with Vite's JS API (production mode) when needed. */
export async function buildIfNeeded(outDir = DIST): Promise<boolean> {
  if (!needsBuild(outDir)) return false;
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  console.log('Building the app (dist/ is missing or stale)…');
  await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir } });
  return true;
}

/**
 * Node arguments that run server/build-db: compiled beside this module in
 * dist-server/ (no tsx after `npm prune --omit=dev`), else the source through tsx.
 */
function buildDbCommand(): string[] {
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.ts')) return ['--import', 'tsx', path.join(ROOT, 'server/build-db.ts')];
  return [path.join(path.dirname(self), 'build-db.js')];
}

/**
 * The database to serve. The article data (data/) loads in-process. A
 * DATASET_FILE is loaded by server/build-db.ts in a child process into a file
 * (DB_PATH, else a temporary one), which this process then opens read-only.
 * A dataset that cannot be served is a StartError (message only); the
 * temporary folder is removed on every failure, and by cleanup on close.
 */
async function databaseFor(dbPath: string | undefined): Promise<{ db: SqliteDb; cleanup: () => void }> {
  const prebuilt = process.env.PREBUILT_DB;
  const file = process.env.DATASET_FILE;
  if (prebuilt) {
    if (file)
      throw new StartError(
        'Set PREBUILT_DB or DATASET_FILE, not both: PREBUILT_DB is a database already built from a dataset.',
      );
    return { db: openPrebuiltDb(prebuilt), cleanup: () => {} };
  }
  if (!file) {
    try {
      return { db: openDb(await loadDataset(), dbPath ?? process.env.DB_PATH), cleanup: () => {} };
    } catch (error) {
      if (error instanceof DatasetError) throw new StartError(error.message, { cause: error });
      throw error;
    }
  }
  const chosen = dbPath ?? process.env.DB_PATH;
  const tmp = chosen ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-db-'));
  const cleanup = () => tmp && fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const target = chosen ?? path.join(tmp!, 'race.sqlite');
    const built = spawnSync(process.execPath, [...buildDbCommand(), path.resolve(file), path.resolve(target)], {
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
      cwd: ROOT,
    });
    if (built.status !== 0) throw datasetBuildFailure(file, built);
    return { db: new Database(path.resolve(target), { readonly: true, fileMustExist: true }), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const { port = 8787, host = '127.0.0.1', staticDir } = opts;
  // The dataset first: a start it refuses should not wait for (or leave) a build.
  const { db, cleanup } = await databaseFor(opts.dbPath);
  if (opts.build && staticDir) {
    try {
      await buildIfNeeded(staticDir);
    } catch (err) {
      console.error('The build failed; serving what is in', staticDir, '(if anything) and the API.\n', err);
    }
  }
  const app = createApp({
    db,
    ...(staticDir ? { staticDir } : {}),
    corsOrigins: opts.corsOrigins ?? parseOrigins(process.env.CORS_ORIGINS),
    // A client built with VITE_API_URL (same env as the build) fetches from that origin: the policy allows it.
    connectOrigins: apiOrigins(process.env.VITE_API_URL),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      { fetch: app.fetch, port, hostname: host, overrideGlobalObjects: opts.overrideGlobalObjects ?? true },
      () => resolve(s),
    );
    s.once('error', reject);
  }).catch((error: unknown) => {
    // Not listening (port taken…): nothing will ever close it, so close it now.
    db.close();
    cleanup();
    throw error;
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${actual}`,
    port: actual,
    close: (graceMs = DEFAULT_GRACE_MS) =>
      (closing ??= closeGracefully(server, graceMs).finally(() => {
        db.close();
        cleanup();
      })),
  };
}
