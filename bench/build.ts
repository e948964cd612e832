// Production build of the real-API app into bench/.data/dist (git-ignored, so
// it never races the e2e suite's dist/), with the bundle's composition.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../server/serve';

export const BENCH_DIST = path.join(ROOT, 'bench', '.data', 'dist');

export interface ChunkInfo {
  file: string;
  gzip: number;
  raw: number;
  isEntry: boolean;
  /** Largest contributors: package (or src folder) → rendered bytes (pre-minify estimate). */
  top: [string, number][];
}

function groupOf(id: string): string {
  const nm = id.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = id.slice(nm + 13).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const rel = path.relative(ROOT, id.replace(/\?.*$/, ''));
  return rel.split(path.sep).slice(0, 3).join('/');
}

export async function buildApp(): Promise<ChunkInfo[]> {
  const prev = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  try {
    const res = await build({
      root: ROOT,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: BENCH_DIST, emptyOutDir: true },
    });
    const outputs = (Array.isArray(res) ? res : [res]) as { output?: unknown[] }[];
    const chunks: ChunkInfo[] = [];
    for (const o of outputs)
      for (const item of (o.output ?? []) as {
        type: string;
        fileName: string;
        code?: string;
        isEntry?: boolean;
        modules?: Record<string, { renderedLength: number }>;
      }[]) {
        if (item.type !== 'chunk' || !item.code) continue;
        const groups = new Map<string, number>();
        for (const [id, m] of Object.entries(item.modules ?? {}))
          groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + (m.renderedLength ?? 0));
        chunks.push({
          file: item.fileName,
          raw: Buffer.byteLength(item.code),
          gzip: zlib.gzipSync(item.code).length,
          isEntry: !!item.isEntry,
          top: [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6),
        });
      }
    return chunks.sort((a, b) => b.gzip - a.gzip);
  } finally {
    process.env.NODE_ENV = prev;
  }
}

/** Files in the build that hold MSW (served but not necessarily loaded). */
export function mswFilesInDist(dir = BENCH_DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|mjs)$/.test(e.name) && /mockServiceWorker|setupWorker|\[MSW\]/.test(fs.readFileSync(p, 'utf8')))
        out.push(path.relative(dir, p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}
