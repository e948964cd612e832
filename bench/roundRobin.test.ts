import { describe, expect, it } from 'vitest';
import { RoundRobin, endToEndHeaders } from './roundRobin';

describe('RoundRobin', () => {
  it('takes the upstreams in turn', () => {
    const rr = new RoundRobin(3);
    expect([rr.pick(), rr.pick(), rr.pick(), rr.pick()]).toEqual([0, 1, 2, 0]);
  });
  it('skips an upstream marked down until it is marked up again', () => {
    const rr = new RoundRobin(2);
    rr.mark(1, false);
    expect([rr.pick(), rr.pick(), rr.pick()]).toEqual([0, 0, 0]);
    expect(rr.upCount()).toBe(1);
    rr.mark(1, true);
    expect(new Set([rr.pick(), rr.pick()])).toEqual(new Set([0, 1]));
  });
  it('never picks an upstream the request already failed on', () => {
    const rr = new RoundRobin(3);
    const tried = new Set([1]);
    expect([rr.pick(tried), rr.pick(tried), rr.pick(tried)]).toEqual([0, 2, 0]);
    expect(rr.pick(new Set([0, 1, 2]))).toBeNull();
  });
  it('gives null when every upstream is down', () => {
    const rr = new RoundRobin(2);
    rr.mark(0, false);
    rr.mark(1, false);
    expect(rr.pick()).toBeNull();
  });
  it('refuses an empty pool', () => {
    expect(() => new RoundRobin(0)).toThrow(/at least one/);
  });
});

describe('endToEndHeaders', () => {
  it('drops hop-by-hop headers and those Connection names', () => {
    expect(
      endToEndHeaders({
        host: 'a',
        connection: 'keep-alive, x-hop',
        'keep-alive': 'timeout=5',
        'transfer-encoding': 'chunked',
        'x-hop': '1',
        'accept-encoding': 'br',
      }),
    ).toEqual({ host: 'a', 'accept-encoding': 'br' });
  });
});
