// Starts the API (and optionally the built SPA) on a port; used by start.ts,
// scripts/dev-api.ts and the tests (port 0).
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, parseOrigins } from './app';
import { loadDataset, openDb } from './db';

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
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
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

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const { port = 8787, host = '127.0.0.1', staticDir } = opts;
  if (opts.build && staticDir) {
    try {
      await buildIfNeeded(staticDir);
    } catch (err) {
      console.error('The build failed; serving what is in', staticDir, '(if anything) and the API.\n', err);
    }
  }
  const db = openDb(await loadDataset(), opts.dbPath);
  const app = createApp({
    db,
    ...(staticDir ? { staticDir } : {}),
    corsOrigins: opts.corsOrigins ?? parseOrigins(process.env.CORS_ORIGINS),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    // overrideGlobalObjects: false leaves the global Request/Response alone (MSW shares the process in tests).
    const s = serve({ fetch: app.fetch, port, hostname: host, overrideGlobalObjects: false }, () => resolve(s));
    s.once('error', reject);
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${actual}`,
    port: actual,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => {
          db.close();
          if (err) reject(err);
          else resolve();
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      })),
  };
}
