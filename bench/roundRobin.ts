// The balancing rule of bench/round-robin-proxy.ts: each request goes to the
// next upstream in turn, skipping those whose last /healthz failed or that
// refused a connection since.

export class RoundRobin {
  private next = 0;
  private readonly up: boolean[];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error('RoundRobin needs at least one upstream');
    this.up = Array.from({ length: size }, () => true);
  }

  /** The upstream for the next request, or null when none is up; never one in `exclude` (those that just failed it). */
  pick(exclude: ReadonlySet<number> = new Set()): number | null {
    for (let tried = 0; tried < this.size; tried++) {
      const i = this.next;
      this.next = (this.next + 1) % this.size;
      if (this.up[i] && !exclude.has(i)) return i;
    }
    return null;
  }

  mark(i: number, up: boolean): void {
    if (i >= 0 && i < this.size) this.up[i] = up;
  }

  upCount(): number {
    return this.up.filter(Boolean).length;
  }
}

/** Headers that belong to one connection (RFC 9110 §7.6.1), not forwarded by a proxy. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** A header set without the hop-by-hop headers, nor those the Connection header names. */
export function endToEndHeaders<T>(headers: Record<string, T>): Record<string, T> {
  const connection = headers['connection'];
  const named = new Set(
    (typeof connection === 'string' ? connection : '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(headers)) {
    const key = k.toLowerCase();
    if (!HOP_BY_HOP.has(key) && !named.has(key)) out[k] = v;
  }
  return out;
}
