// `npm run bench:scale-out`: stateless replicas behind a load balancer, on this
// machine (docs/scale-out.md). Builds one SQLite file from data/ (build-db,
// as an operator would once), starts two server processes on it read-only
// (PREBUILT_DB), checks that they answer alike (same ETags, /healthz), then
// measures with autocannon (loopback):
//   one process direct · two processes direct (two load generators, no balancer)
//   balancer → one process · balancer → two processes (bench/round-robin-proxy.ts)
// and a rolling restart: one replica stopped with SIGTERM under load.
// Every setup runs --rounds times in turn (medians reported), the restart once.
// Flags: --duration S (10), --connections N (50), --path P (/api/v1/vendors), --rounds N (3).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { endpointNames } from '../src/shared/api/contract';
import { BROWSER_ACCEPT_ENCODING } from './api';
import { ownCpuMs, processCpuMs } from './cpu';
import { median } from './stats';
import { startChildServer, type ChildServer } from './server';

const ROOT = path.resolve(import.meta.dirname, '..');
const SETUP_CLIENT = fileURLToPath(new URL('./cannon-client.cjs', import.meta.url));

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const duration = Number(flag('duration', '10'));
const connections = Number(flag('connections', '50'));
const target = flag('path', '/api/v1/vendors');
const rounds = Number(flag('rounds', '3'));
const log = (s: string) => process.stderr.write(s + '\n');

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function cannon(url: string, conns: number): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: conns,
        duration,
        headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING },
        setupClient: SETUP_CLIENT,
      },
      (err: unknown, res: CannonResult) => (err ? reject(err) : resolve(res)),
    );
  });
}

interface Proxy {
  url: string;
  pid: number;
  close(): Promise<void>;
}

async function startProxy(upstreams: string[]): Promise<Proxy> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'round-robin-proxy.ts'), ...upstreams],
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: ROOT },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`proxy exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve((JSON.parse(line) as { url: string }).url),
    );
  });
  return {
    url,
    pid: child.pid!,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The SQLite file built once from data/, as an operator would (build-db), for every replica. */
function buildDatabaseOnce(dir: string): string {
  const db = path.join(dir, 'race.sqlite');
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'server/build-db.ts', 'data', db], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('build-db failed');
  return db;
}

/** Each endpoint on each replica: same status, ETag and body? */
async function compareReplicas(replicas: ChildServer[]): Promise<string[]> {
  const lines: string[] = [];
  for (const p of ['/healthz', ...endpointNames.map((n) => `/api/v1/${n}`)]) {
    const seen = await Promise.all(
      replicas.map(async (r) => {
        const res = await fetch(r.url + p);
        const body = Buffer.from(await res.arrayBuffer());
        return `${res.status} ${res.headers.get('etag') ?? '-'} ${createHash('sha1').update(body).digest('hex').slice(0, 12)}`;
      }),
    );
    const same = seen.every((s) => s === seen[0]);
    lines.push(`${same ? 'same' : 'DIFFERENT'}  ${p}: ${seen.join(' | ')}`);
  }
  return lines;
}

interface Row {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  /** CPU time of the servers and the balancer per request answered, in ms. */
  cpuMsPerRequest: number;
  cores: string;
}

async function measure(setup: string, urls: string[], pids: Record<string, number>): Promise<Row> {
  log(`  ${setup}: ${duration} s…`);
  const cpu0 = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, processCpuMs(pid) ?? 0]));
  const load0 = ownCpuMs();
  const t0 = performance.now();
  const per = Math.floor(connections / urls.length);
  const results = await Promise.all(urls.map((u) => cannon(u + target, per)));
  const wall = performance.now() - t0;
  const used = Object.entries(pids).map(([k, pid]) => [k, (processCpuMs(pid) ?? 0) - cpu0[k]!] as const);
  const total = results.reduce((s, r) => s + r.requests.total, 0);
  return {
    rps: results.reduce((s, r) => s + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    failed: results.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
    cpuMsPerRequest: used.reduce((s, [, ms]) => s + ms, 0) / Math.max(1, total),
    cores: used
      .map(([k, ms]) => `${k} ${(ms / wall).toFixed(2)}`)
      .concat(`load ${((ownCpuMs() - load0) / wall).toFixed(2)}`)
      .join(', '),
  };
}

const loadBefore = os.loadavg()[0]!;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-scale-'));
const closers: (() => Promise<void>)[] = [];
try {
  log(`Building the database once (build-db) in ${work}…`);
  const db = buildDatabaseOnce(work);
  log('Starting two replicas on it (PREBUILT_DB, read-only)…');
  const a = await startChildServer({ env: { PREBUILT_DB: db } });
  closers.push(() => a.close());
  const b = await startChildServer({ env: { PREBUILT_DB: db } });
  closers.push(() => b.close());
  const consistency = await compareReplicas([a, b]);
  const one = await startProxy([a.url]);
  closers.push(() => one.close());
  const two = await startProxy([a.url, b.url]);
  closers.push(() => two.close());

  // Rounds of every setup in turn, so that a change in the machine's load hits them alike; medians are reported.
  const setups: [string, string[], Record<string, number>][] = [
    ['one process, direct', [a.url], { A: a.pid }],
    ['two processes, direct (two load generators, no balancer)', [a.url, b.url], { A: a.pid, B: b.pid }],
    ['balancer → one process', [one.url], { A: a.pid, balancer: one.pid }],
    ['balancer → two processes', [two.url], { A: a.pid, B: b.pid, balancer: two.pid }],
  ];
  const runs = new Map<string, Row[]>(setups.map(([name]) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    log(`round ${round} of ${rounds}`);
    for (const [name, urls, pids] of setups) runs.get(name)!.push(await measure(name, urls, pids));
  }

  log('  rolling restart: SIGTERM to replica B a third of the way through…');
  const stopB = setTimeout(() => void b.close(), (duration * 1000) / 3);
  const restartName = 'balancer → two processes, B stopped (SIGTERM) a third of the way in';
  runs.set(restartName, [await measure(restartName, [two.url], { A: a.pid, balancer: two.pid })]);
  clearTimeout(stopB);

  const cpus = os.cpus();
  console.log(
    `\nReplicas answer alike (status, ETag, body sha1 on each):\n${consistency.map((l) => '  ' + l).join('\n')}`,
  );
  console.log(
    `\nautocannon ${duration} s, ${connections} connections in all, GET ${target} with Accept-Encoding "${BROWSER_ACCEPT_ENCODING}", loopback; ` +
      `${cpus.length} × ${cpus[0]?.model ?? '?'}, 1-min load average before ${loadBefore.toFixed(2)}, after ${os.loadavg()[0]!.toFixed(2)}\n`,
  );
  console.log(
    '| Setup | req/s (median; each round) | p99 ms (median) | failed | server + balancer CPU per request | cores busy (last round) |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | --- |');
  for (const [name, rows] of runs) {
    const rps = median(rows.map((r) => r.rps));
    const each = rows.length > 1 ? ` (${rows.map((r) => Math.round(r.rps)).join(', ')})` : '';
    console.log(
      `| ${name} | ${Math.round(rps)}${each} | ${median(rows.map((r) => r.p99))} | ${rows.reduce((s, r) => s + r.failed, 0)} | ${median(rows.map((r) => r.cpuMsPerRequest)).toFixed(3)} ms | ${rows.at(-1)!.cores} |`,
    );
  }
} finally {
  for (const close of closers.reverse()) await close().catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
}
