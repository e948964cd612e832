// The real server under autocannon on loopback, in its own process.
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generatorSaturated, ownCpuMs, processCpuMs, type CoresBusy } from './cpu';
import type { Figure } from './figures';
import { startChildServer } from './server';

/** autocannon's setupClient, by path so its worker threads load it as well (see the file). */
const SETUP_CLIENT = fileURLToPath(new URL('./cannon-client.cjs', import.meta.url));

const ENDPOINTS = ['vendors', 'models', 'metrics', 'events', 'stages', 'claims', 'sources'];
export const FILTERED = '/api/v1/metrics?region=cn&from=2023&to=2025';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** What Chromium sends with the dashboard's own fetches. */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** One autocannon run with the CPU both sides used during it. */
interface CannonRun extends CoresBusy {
  r: CannonResult;
  threads: number;
  wall: number;
}

async function cannon(
  url: string,
  duration: number,
  headers: Record<string, string>,
  threads: number,
  serverPid: number,
): Promise<CannonRun> {
  const server0 = processCpuMs(serverPid);
  const load0 = ownCpuMs();
  const t0 = performance.now();
  const r = await new Promise<CannonResult>((resolve, reject) => {
    autocannon(
      {
        url,
        connections: 50,
        duration,
        headers,
        setupClient: SETUP_CLIENT,
        ...(threads > 1 ? { workers: threads } : {}),
      },
      (err: unknown, res: CannonResult) => (err ? reject(err) : resolve(res)),
    );
  });
  const wall = performance.now() - t0;
  const server1 = processCpuMs(serverPid);
  return {
    r,
    threads,
    wall,
    serverCores: server0 === null || server1 === null ? null : (server1 - server0) / wall,
    loadCores: (ownCpuMs() - load0) / wall,
  };
}

const cores = (n: number | null) => (n === null ? '?' : n.toFixed(2));

export async function measureApi(
  scale: number,
  datasetFile: string | undefined,
  duration: number,
  log: (s: string) => void,
): Promise<Figure[]> {
  const server = await startChildServer(datasetFile ? { datasetFile } : {});
  const out: Figure[] = [];
  try {
    const sizes: [string, number][] = [];
    for (const e of ENDPOINTS)
      sizes.push([e, (await (await fetch(`${server.url}/api/v1/${e}`)).arrayBuffer()).byteLength]);
    sizes.sort((a, b) => b[1] - a[1]);
    const heaviest = sizes[0]![0];
    const filteredBytes = (await (await fetch(server.url + FILTERED)).arrayBuffer()).byteLength;
    const targets: [string, string, string][] = [
      [
        'heaviest',
        `/api/v1/${heaviest}`,
        `heaviest list: /api/v1/${heaviest} (${(sizes[0]![1] / 1000).toFixed(0)} kB)`,
      ],
      ['filtered', FILTERED, `filtered: ${FILTERED} (${(filteredBytes / 1000).toFixed(1)} kB)`],
    ];
    // Two request kinds per target: as the dashboard's fetches arrive (with the browser's
    // Accept-Encoding) and plain (no compression). The budgets apply to both.
    const kinds = [
      {
        suffix: '',
        note: '',
        headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING },
        how: `GETs with the browser's Accept-Encoding ("${BROWSER_ACCEPT_ENCODING}", as the dashboard's fetches carry), no If-None-Match`,
      },
      {
        suffix: '.plain',
        note: ' [plain, no compression]',
        headers: {} as Record<string, string>,
        how: 'plain GETs (no Accept-Encoding, no If-None-Match)',
      },
    ];
    for (const [key, path, label] of targets) {
      for (const kind of kinds) {
        log(`  autocannon ${path}${kind.note} ${duration}s…`);
        const first = await cannon(server.url + path, duration, kind.headers, 1, server.pid);
        let run = first;
        if (generatorSaturated(first)) {
          log(`    one load thread was saturated (${cores(first.loadCores)} cores); again with 2…`);
          run = await cannon(server.url + path, duration, kind.headers, 2, server.pid);
        }
        const { r } = run;
        const firstRun =
          run === first
            ? ''
            : `; 2 threads because 1 was saturated (${cores(first.loadCores)} cores vs the server's ${cores(first.serverCores)}; with 1 thread: ${Math.round(first.r.requests.average)} req/s, p99 ${first.r.latency.p99} ms)`;
        const method = `autocannon 9 (response bodies counted, not kept as text: bench/cannon-client.cjs), ${duration} s, 50 connections on ${run.threads} load thread${run.threads > 1 ? 's' : ''}, loopback, server (startServer) in a child process; ${kind.how}${firstRun}`;
        const cpuMethod = `CPU time over the reported run ÷ its wall time: /proc/<server pid>/stat utime+stime, and process.cpuUsage() of the bench process (autocannon and its threads); ${kind.how}`;
        const base = { scale, section: 'api' as const, method };
        const k = `api.${key}${kind.suffix}`;
        const l = `${label}${kind.note}`;
        out.push(
          { ...base, key: `${k}.rps`, label: `${l}: requests/s (mean)`, unit: 'req/s', value: r.requests.average },
          { ...base, key: `${k}.p50`, label: `${l}: latency p50`, unit: 'ms', value: r.latency.p50 },
          { ...base, key: `${k}.p99`, label: `${l}: latency p99`, unit: 'ms', value: r.latency.p99 },
          {
            ...base,
            key: `${k}.errors`,
            label: `${l}: errors + timeouts + non-2xx`,
            unit: 'count',
            value: r.errors + r.timeouts + r.non2xx,
          },
          // Which side bounds the run: cores kept busy by the server and by the load generator (2 in all here).
          {
            ...base,
            method: cpuMethod,
            key: `${k}.cpu.server`,
            label: `${l}: server CPU, cores busy`,
            unit: 'ratio',
            value: run.serverCores,
          },
          {
            ...base,
            method: cpuMethod,
            key: `${k}.cpu.load`,
            label: `${l}: load generator CPU, cores busy`,
            unit: 'ratio',
            value: run.loadCores,
          },
          {
            ...base,
            method: cpuMethod,
            key: `${k}.cpu.perRequest`,
            label: `${l}: server CPU per request`,
            unit: 'ms',
            value:
              run.serverCores === null || r.requests.total === 0
                ? null
                : (run.serverCores * run.wall) / r.requests.total,
          },
        );
      }
    }
    out.push({
      scale,
      section: 'api',
      key: 'api.rss',
      label: 'server peak RSS (start, load, both runs)',
      unit: 'MB',
      value: server.peakRssMb(),
      method: '/proc/<child pid>/status VmHWM after the runs',
    });
  } finally {
    await server.close();
  }
  return out;
}
