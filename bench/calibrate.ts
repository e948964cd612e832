// How fast this machine is right now: the same fixed CPU work timed at the start
// and the end of a run. The 2-core machine's speed moves from hour to hour (its
// host is shared); with this figure two runs on different days can be compared.
import { createHash } from 'node:crypto';
import { summarize, type Summary } from './stats';

/** The fixed work: JSON encode/decode of a deterministic 400-kB object and SHA-256 of 16 MB. Returns a checksum. */
export function fixedWork(): string {
  const rows = Array.from({ length: 4000 }, (_, i) => ({
    id: `m-${i}`,
    v: (i * 7919) % 1009,
    tags: ['a', 'b', String(i % 13)],
  }));
  let text = '';
  for (let k = 0; k < 8; k++) text = JSON.stringify(JSON.parse(JSON.stringify(rows)));
  const hash = createHash('sha256');
  const block = Buffer.alloc(1 << 20, text.slice(0, 4096));
  for (let k = 0; k < 16; k++) hash.update(block);
  return hash.update(text).digest('hex');
}

/** Times the fixed work `runs` times (after one warm-up run). */
export function calibrate(runs = 5): Summary {
  fixedWork();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fixedWork();
    ms.push(performance.now() - t);
  }
  return summarize(ms);
}

/** One line for the table's footer. */
export function calibrationLine(start: Summary, end: Summary | null): string {
  const f = (s: Summary) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  return `machine speed: the fixed CPU work (bench/calibrate.ts) took ${f(start)} at the start${end ? ` and ${f(end)} at the end` : ''}; median (min–max) of ${start.n}. Lower is faster; compare runs by it.`;
}
