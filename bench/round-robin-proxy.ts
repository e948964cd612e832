// A minimal HTTP load balancer for bench/scale-out.ts, on loopback only:
// round-robin over the upstream URLs given as arguments, keep-alive to each,
// /healthz polled every second (an upstream that fails it, or refuses a
// connection, gets no requests until it passes again), and a GET or HEAD whose
// upstream refuses the connection or resets it before answering is tried on the
// next one. Prints
// {"url": …} once listening; exits on SIGTERM.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RoundRobin, endToEndHeaders } from './roundRobin';

const upstreams = process.argv.slice(2).map((u) => new URL(u));
if (upstreams.length === 0) {
  console.error('usage: round-robin-proxy <upstream url>…');
  process.exit(2);
}
const pool = new RoundRobin(upstreams.length);
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** Failures by kind, printed on exit: what a client of the balancer saw, or what a retry hid. */
const failures = new Map<string, number>();
const count = (kind: string) => failures.set(kind, (failures.get(kind) ?? 0) + 1);

function forward(req: http.IncomingMessage, res: http.ServerResponse, tried: ReadonlySet<number>): void {
  const i = pool.pick(tried);
  if (i === null) {
    count('503 no upstream');
    res.writeHead(503, { 'content-type': 'text/plain' }).end('no upstream is up\n');
    return;
  }
  const target = upstreams[i]!;
  const up = http.request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: endToEndHeaders(req.headers),
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, endToEndHeaders(answer.headers));
      answer.pipe(res);
    },
  );
  const idempotent = req.method === 'GET' || req.method === 'HEAD';
  up.on('error', (err: NodeJS.ErrnoException) => {
    const code = err.code ?? err.message;
    if (code === 'ECONNREFUSED') pool.mark(i, false);
    // Refused, or a kept-alive socket the upstream closed as it shut down: nothing was answered, try another one.
    const retry = code === 'ECONNREFUSED' || code === 'ECONNRESET';
    if (!res.headersSent && idempotent && retry && tried.size + 1 < upstreams.length) {
      count(`${code}, retried`);
      forward(req, res, new Set([...tried, i]));
    } else if (!res.headersSent) {
      count(`${code}, 502`);
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream error: ${code}\n`);
    } else {
      count(`${code} mid-answer`);
      res.destroy();
    }
  });
  if (idempotent) up.end();
  else req.pipe(up);
}

async function pollHealth(): Promise<void> {
  await Promise.all(
    upstreams.map(async (u, i) => {
      try {
        const res = await fetch(new URL('/healthz', u), { signal: AbortSignal.timeout(1000) });
        pool.mark(i, res.ok);
      } catch {
        pool.mark(i, false);
      }
    }),
  );
}
const poller = setInterval(() => void pollHealth(), 1000);

const server = http.createServer((req, res) => forward(req, res, new Set()));
server.keepAliveTimeout = 10_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}` }) + '\n');
});
process.on('SIGTERM', () => {
  clearInterval(poller);
  if (failures.size) console.error(`balancer: ${[...failures].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
