// Builds the real-API app and the static demo once, starts `npm start`'s server
// (the same startServer) on a free port and a plain static server for the demo,
// and hands both URLs to the browser tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startServer, ROOT } from '../../server/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    demoUrl: string;
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** A static file server with no API behind it, as a static host would serve the demo. */
function serveStatic(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export default async function setup(project: TestProject) {
  const prevEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  const started = Date.now();
  await build({
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: path.join(ROOT, 'dist'), emptyOutDir: true },
  });
  await build({ root: ROOT, mode: 'demo', logLevel: 'warn' });
  process.env.NODE_ENV = prevEnv;
  console.log(`e2e: built app and demo in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const app = await startServer({ port: 0, staticDir: path.join(ROOT, 'dist') });
  const demo = await serveStatic(path.join(ROOT, 'dist-demo'));
  project.provide('appUrl', app.url);
  project.provide('demoUrl', `http://127.0.0.1:${(demo.address() as AddressInfo).port}/`);
  return async () => {
    await app.close();
    await new Promise((r) => demo.close(r));
  };
}
