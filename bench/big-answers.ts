// npm run bench:big [-- --scale 370 --clients 20 --list claims --dataset FILE --timeout 300]
// The big-answer case, measured: on a ~50-MB dataset file, 20 clients
// at once walk every page of the heaviest list while one more client asks for
// /vendors again and again. Prints the server's peak RSS (budget ≤ 300 MB) and
// the /vendors latencies (budget p99 ≤ 50 ms), PASS/FAIL; exit 1 on a FAIL.
// Loopback only; bounded by --timeout (the walkers are killed past it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  heaviestList,
  parseBigArgs,
  verdicts,
  type BigArgs,
  type BigFigures,
  type WalkersResult,
} from './big-answers-lib';
import { get, keepAliveAgent } from './big-http';
import { writeSynth } from './data-synth';
import { processCpuMs } from './cpu';
import { percentile } from './stats';
import { procStatusKb, startChildServer } from './server';

/** Pages a walk may take before the bench calls the list endless. */
const MAX_PAGES = 10_000;
/** Pause between two /vendors requests of the probe. */
const PROBE_GAP_MS = 5;
const RSS_SAMPLE_MS = 20;
/** How long /vendors is probed alone before the walks: the machine's own noise, for comparison. */
const QUIET_PROBE_MS = 3000;

const log = (s: string) => process.stderr.write(s + '\n');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function datasetFor(args: BigArgs): string {
  if (args.dataset) return path.resolve(args.dataset);
  // Written afresh each run, as `npm run bench` does: a file left from older data or an older schema would not load.
  log(`writing the ${args.scale}× synthetic dataset…`);
  return writeSynth(args.scale);
}

/** Records and bytes of JSON per list of a dataset file (read here, never by the server process). */
function listSizes(file: string): { bytes: Record<string, number>; records: Record<string, number> } {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown[]>;
  const bytes: Record<string, number> = {};
  const records: Record<string, number> = {};
  for (const [name, list] of Object.entries(data)) {
    records[name] = list.length;
    bytes[name] = list.reduce<number>((n, item) => n + Buffer.byteLength(JSON.stringify(item)) + 1, 1);
  }
  return { bytes, records };
}

function runWalkers(listUrl: string, clients: number, timeoutMs: number): Promise<WalkersResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'big-walkers.ts'), listUrl, String(clients), String(MAX_PAGES)],
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: path.resolve(import.meta.dirname, '..') },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the walks did not end within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    let result: WalkersResult | null = null;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        result = JSON.parse(line) as WalkersResult;
      } catch {
        /* other output */
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new Error(`the walkers exited with ${code} and no result`));
    });
  });
}

const probeAgent = keepAliveAgent(1);

/** GET /vendors one after another (a pause between) until `done` says stop; each latency to the last byte. */
async function probeVendors(url: string, done: () => boolean): Promise<number[]> {
  const out: number[] = [];
  while (!done()) {
    const t0 = performance.now();
    const res = await get(url, probeAgent);
    out.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`/vendors answered ${res.status}`);
    await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
  }
  return out;
}

const args = parseBigArgs(process.argv.slice(2));
const file = datasetFor(args);
const sizes = listSizes(file);
const list = args.list ?? heaviestList(sizes.bytes);
const expectedRecords = sizes.records[list];
if (expectedRecords === undefined) throw new Error(`the dataset has no list "${list}"`);
log(`starting the server on ${path.relative(process.cwd(), file)} (builds its SQLite file first)…`);
const server = await startChildServer({ datasetFile: file });
let code = 1;
try {
  const restKb = procStatusKb(server.pid, 'VmRSS');
  let sampledKb = restKb ?? 0;
  const sampler = setInterval(() => {
    sampledKb = Math.max(sampledKb, procStatusKb(server.pid, 'VmRSS') ?? 0);
  }, RSS_SAMPLE_MS);
  const vendorsUrl = `${server.url}/api/v1/vendors`;
  log(`/vendors alone for ${QUIET_PROBE_MS / 1000} s…`);
  const quietEnd = performance.now() + QUIET_PROBE_MS;
  const quietMs = await probeVendors(vendorsUrl, () => performance.now() > quietEnd);
  const listUrl = `${server.url}/api/v1/${list}`;
  log(`${args.clients} clients walk every page of ${listUrl} while one more asks for /vendors…`);
  const load0 = os.loadavg()[0]!;
  const serverCpu0 = processCpuMs(server.pid);
  const t0 = performance.now();
  let walking = true;
  const walks = runWalkers(listUrl, args.clients, args.timeoutS * 1000).finally(() => (walking = false));
  const probe = probeVendors(vendorsUrl, () => !walking);
  const [{ walks: walked, cpuMs: walkersCpuMs }, vendorsMs] = await Promise.all([walks, probe]);
  const wallS = (performance.now() - t0) / 1000;
  const serverCpu1 = processCpuMs(server.pid);
  const load1 = os.loadavg()[0]!;
  clearInterval(sampler);
  const peakRssMb = server.peakRssMb();
  const figures: BigFigures = { vendorsMs, peakRssMb, walks: walked, expectedRecords };
  const walkMs = walked.map((w) => w.ms).sort((a, b) => a - b);
  const fileMb = mb(fs.statSync(file).size);
  console.log(
    `big answers: ${path.relative(process.cwd(), file)} (${fileMb}), ${list}: ${expectedRecords} records, ${mb(sizes.bytes[list]!)} of JSON`,
  );
  console.log(
    `  ${args.clients} clients × every page of /api/v1/${list}: ${walked[0]?.pages ?? 0} pages each; walk time min ${(walkMs[0]! / 1000).toFixed(2)} s, max ${(walkMs.at(-1)! / 1000).toFixed(2)} s; whole run ${wallS.toFixed(1)} s`,
  );
  console.log(
    `  server RSS: at rest ${restKb === null ? '?' : (restKb / 1024).toFixed(0)} MB, highest sample ${(sampledKb / 1024).toFixed(0)} MB (every ${RSS_SAMPLE_MS} ms)`,
  );
  console.log(
    `  /vendors alone before the walks (the machine's own noise): n ${quietMs.length}, p50 ${percentile(quietMs, 50).toFixed(1)} ms, p99 ${percentile(quietMs, 99).toFixed(1)} ms`,
  );
  const cores = (ms: number) => (ms / 1000 / wallS).toFixed(2);
  console.log(
    `  CPU, cores busy over the run: server ${serverCpu0 === null || serverCpu1 === null ? '?' : cores(serverCpu1 - serverCpu0)}, walkers ${cores(walkersCpuMs)} (of ${os.cpus().length}); machine load average ${load0.toFixed(1)} at the start, ${load1.toFixed(1)} at the end`,
  );
  for (const w of walked.filter((x) => x.error)) console.log(`  a walk stopped: ${w.error} after ${w.pages} pages`);
  const checks = verdicts(figures);
  for (const v of checks) console.log(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.label}: ${v.value}`);
  code = checks.every((v) => v.pass) ? 0 : 1;
} finally {
  await server.close();
}
process.exit(code);
