// The pure parts of `npm run bench:big` (bench/big-answers.ts): its flags, the
// choice of the heaviest list, what a walk of one list's pages found, and the
// two budgets the issue sets for big answers.
import { percentile } from './stats';

/** Scale of the synthetic dataset that makes a ~50-MB file (50.2 MB at 370×). */
export const DEFAULT_SCALE = 370;

export interface BigArgs {
  scale: number;
  /** A dataset file to use instead of the synthetic one. */
  dataset: string | null;
  /** Concurrent clients walking the heaviest list. */
  clients: number;
  /** The list to walk; null: the heaviest by bytes of JSON. */
  list: string | null;
  /** The whole run's time limit, in seconds. */
  timeoutS: number;
}

export function parseBigArgs(argv: readonly string[]): BigArgs {
  const out: BigArgs = { scale: DEFAULT_SCALE, dataset: null, clients: 20, list: null, timeoutS: 300 };
  const whole = (flag: string, v: string, max: number) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < 1 || n > max) throw new Error(`${flag} takes a whole number from 1 to ${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--scale') out.scale = whole(flag, v, 2000);
    else if (flag === '--clients') out.clients = whole(flag, v, 100);
    else if (flag === '--timeout') out.timeoutS = whole(flag, v, 3600);
    else if (flag === '--dataset') out.dataset = v;
    else if (flag === '--list') {
      if (!/^[a-z]+$/.test(v)) throw new Error('--list takes an endpoint name such as sources');
      out.list = v;
    } else throw new Error(`unknown flag ${flag} (use --scale, --dataset, --clients, --list, --timeout)`);
  }
  return out;
}

/** The list with the most bytes of JSON, from [name, bytes] pairs. */
export function heaviestList(sizes: Readonly<Record<string, number>>): string {
  const ranked = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) throw new Error('no lists to choose from');
  return ranked[0]![0];
}

/** One page as a walker saw it. */
export interface PageSeen {
  status: number;
  records: number;
  nextCursor: string | null;
}

/** What one client's walk of a list found. */
export interface WalkResult {
  pages: number;
  records: number;
  ms: number;
  /** Why the walk stopped early, if it did. */
  error: string | null;
}

/** What the walkers' process reports: every walk, and the CPU time it used (the load generator's cost). */
export interface WalkersResult {
  walks: WalkResult[];
  cpuMs: number;
}

/**
 * The next request of a walk, or why it ends: follows `nextCursor`, stops on
 * a non-200, and at `maxPages` (a server that never ends a list). A missing
 * nextCursor (an unpaged server) ends the walk after its one answer.
 */
export function nextStep(
  page: PageSeen,
  pagesSoFar: number,
  maxPages: number,
): { cursor: string } | { end: string | null } {
  if (page.status !== 200) return { end: `HTTP ${page.status}` };
  if (page.nextCursor === null) return { end: null };
  if (pagesSoFar >= maxPages) return { end: `more than ${maxPages} pages` };
  return { cursor: page.nextCursor };
}

/**
 * `meta` of a list answer read from the end of its text, without parsing the
 * records: the server writes `"meta":{…}` last. An error answer or any other
 * text gives count 0 and no cursor.
 */
export function metaOfPage(text: string): { count: number; nextCursor: string | null } {
  const at = text.lastIndexOf('"meta":');
  if (at < 0 || !text.endsWith('}')) return { count: 0, nextCursor: null };
  try {
    const meta = JSON.parse(text.slice(at + '"meta":'.length, -1)) as { count?: unknown; nextCursor?: unknown };
    return {
      count: typeof meta.count === 'number' ? meta.count : 0,
      nextCursor: typeof meta.nextCursor === 'string' ? meta.nextCursor : null,
    };
  } catch {
    return { count: 0, nextCursor: null };
  }
}

export interface BigFigures {
  /** /vendors latencies during the walks, ms. */
  vendorsMs: readonly number[];
  /** The server's VmHWM at the end, MB. */
  peakRssMb: number | null;
  walks: readonly WalkResult[];
  /** Records the walked list holds, for checking that every walk got all of it. */
  expectedRecords: number;
}

export const BUDGET_RSS_MB = 300;
export const BUDGET_VENDORS_P99_MS = 50;

export interface Verdict {
  label: string;
  value: string;
  pass: boolean;
}

/** The three checks: every walk complete, peak RSS ≤ 300 MB, /vendors p99 ≤ 50 ms. */
export function verdicts(f: BigFigures): Verdict[] {
  const p50 = percentile(f.vendorsMs, 50);
  const p99 = percentile(f.vendorsMs, 99);
  const complete = f.walks.filter((w) => w.error === null && w.records === f.expectedRecords).length;
  return [
    {
      label: `walks that got all ${f.expectedRecords} records`,
      value: `${complete} of ${f.walks.length}`,
      pass: f.walks.length > 0 && complete === f.walks.length,
    },
    {
      label: `server peak RSS (VmHWM) ≤ ${BUDGET_RSS_MB} MB`,
      value: f.peakRssMb === null ? 'unreadable' : `${f.peakRssMb.toFixed(0)} MB`,
      pass: f.peakRssMb !== null && f.peakRssMb <= BUDGET_RSS_MB,
    },
    {
      label: `/vendors during the walks: p99 ≤ ${BUDGET_VENDORS_P99_MS} ms`,
      value: `n ${f.vendorsMs.length}, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...f.vendorsMs).toFixed(1)} ms`,
      // Too few samples cannot show a p99.
      pass: f.vendorsMs.length >= 20 && p99 <= BUDGET_VENDORS_P99_MS,
    },
  ];
}
