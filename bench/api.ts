// The real server under autocannon on loopback, in its own process.
import autocannon from 'autocannon';
import type { Figure } from './figures';
import { startChildServer } from './server';

const ENDPOINTS = ['vendors', 'models', 'metrics', 'events', 'stages', 'claims', 'sources'];
export const FILTERED = '/api/v1/metrics?region=cn&from=2023&to=2025';

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** What Chromium sends with the dashboard's own fetches. */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

function cannon(url: string, duration: number, headers: Record<string, string>): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 50, duration, headers }, (err: unknown, res: CannonResult) =>
      err ? reject(err) : resolve(res),
    );
  });
}

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
        const r = await cannon(server.url + path, duration, kind.headers);
        const method = `autocannon 9, ${duration} s, 50 connections, loopback, server (startServer) in a child process; ${kind.how}`;
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
