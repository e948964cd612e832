import { describe, expect, it } from 'vitest';
import { OVERFLOW_KIND, createRateLimiter } from './rateLimit';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createRateLimiter', () => {
  it('lets the first event of a kind through and holds back the rest of its window', () => {
    const c = clock();
    const limit = createRateLimiter({ windowMs: 60_000, now: c.now });
    expect(limit.admit('400 /vendors')).toEqual({ admitted: true, kind: '400 /vendors', suppressed: 0 });
    for (let i = 0; i < 99; i++) expect(limit.admit('400 /vendors')).toEqual({ admitted: false });
    c.advance(59_999);
    expect(limit.admit('400 /vendors').admitted).toBe(false);
  });

  it('lets one through again after the window and reports how many were held back', () => {
    const c = clock();
    const limit = createRateLimiter({ windowMs: 1_000, now: c.now });
    limit.admit('a');
    limit.admit('a');
    limit.admit('a');
    c.advance(1_000);
    expect(limit.admit('a')).toEqual({ admitted: true, kind: 'a', suppressed: 2 });
    c.advance(1_000);
    expect(limit.admit('a')).toEqual({ admitted: true, kind: 'a', suppressed: 0 });
  });

  it('keeps kinds apart', () => {
    const c = clock();
    const limit = createRateLimiter({ windowMs: 1_000, now: c.now });
    expect(limit.admit('a').admitted).toBe(true);
    expect(limit.admit('b').admitted).toBe(true);
    expect(limit.admit('a').admitted).toBe(false);
    expect(limit.admit('b').admitted).toBe(false);
  });

  it('bounds its table: new kinds beyond maxKinds share the overflow kind', () => {
    const c = clock();
    const limit = createRateLimiter({ windowMs: 1_000, maxKinds: 3, now: c.now });
    for (const k of ['a', 'b', 'c']) expect(limit.admit(k).admitted).toBe(true);
    expect(limit.admit('d')).toEqual({ admitted: true, kind: OVERFLOW_KIND, suppressed: 0 });
    for (let i = 0; i < 1_000; i++) expect(limit.admit(`made-up-${i}`).admitted).toBe(false);
    expect(limit.size).toBe(4);
    c.advance(1_000);
    // Kinds that held nothing back are forgotten once their window is over, freeing room.
    expect(limit.admit('e')).toEqual({ admitted: true, kind: 'e', suppressed: 0 });
    expect(limit.size).toBe(2);
  });

  it('never forgets a kind that still holds back events', () => {
    const c = clock();
    const limit = createRateLimiter({ windowMs: 1_000, maxKinds: 1, now: c.now });
    limit.admit('a');
    limit.admit('a');
    c.advance(5_000);
    expect(limit.admit('b')).toEqual({ admitted: true, kind: OVERFLOW_KIND, suppressed: 0 });
    expect(limit.admit('a')).toEqual({ admitted: true, kind: 'a', suppressed: 1 });
  });
});
