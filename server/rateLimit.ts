// Lets through at most one event per kind per window, and counts the rest, so a
// log line can say how many like it were held back. Pure but for the clock,
// which is injected (tests move it by hand).

export interface RateLimitOptions {
  /** Length of a kind's quiet period after an event is let through, in ms. */
  windowMs: number;
  /**
   * Kinds tracked at once. Beyond it, new kinds share one overflow kind, so a
   * client that makes up kinds cannot grow the table.
   */
  maxKinds?: number;
  now?: () => number;
}

export type Admission =
  /** Let through; `suppressed` events of this kind were held back since the last one let through. */
  { admitted: true; kind: string; suppressed: number } | { admitted: false };

export const OVERFLOW_KIND = '(other kinds)';

export interface RateLimiter {
  admit(kind: string): Admission;
  /** Kinds in the table (at most maxKinds + the overflow kind). */
  readonly size: number;
}

interface KindState {
  /** When the last admitted event of this kind happened. */
  at: number;
  suppressed: number;
}

export function createRateLimiter({ windowMs, maxKinds = 100, now = Date.now }: RateLimitOptions): RateLimiter {
  const kinds = new Map<string, KindState>();

  /** Drops kinds whose window is over and that hold back nothing: forgetting them loses no count. */
  const prune = (t: number) => {
    for (const [k, s] of kinds) if (t - s.at >= windowMs && s.suppressed === 0) kinds.delete(k);
  };

  const tableKind = (kind: string, t: number): string => {
    if (kinds.has(kind) || kinds.size < maxKinds) return kind;
    prune(t);
    return kinds.size < maxKinds ? kind : OVERFLOW_KIND;
  };

  return {
    admit(requested) {
      const t = now();
      const kind = tableKind(requested, t);
      const state = kinds.get(kind);
      if (!state || t - state.at >= windowMs) {
        kinds.set(kind, { at: t, suppressed: 0 });
        return { admitted: true, kind, suppressed: state?.suppressed ?? 0 };
      }
      state.suppressed++;
      return { admitted: false };
    },
    get size() {
      return kinds.size;
    },
  };
}
