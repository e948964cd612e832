import { describe, expect, it } from 'vitest';
import { capEven, cappedTotals, capTop } from './markCap';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('capTop', () => {
  it('keeps everything under the cap', () => {
    expect(capTop([3, 1, 2], 5)).toEqual({ shown: [3, 1, 2], total: 3, thinned: false });
  });
  it('keeps the first items over the cap and says it thinned', () => {
    expect(capTop(range(10), 3)).toEqual({ shown: [0, 1, 2], total: 10, thinned: true });
  });
  it('rejects a cap below one', () => {
    expect(() => capTop([1], 0)).toThrow(RangeError);
  });
});

describe('capEven', () => {
  it('keeps everything under the cap', () => {
    expect(capEven(range(4), 4).shown).toEqual([0, 1, 2, 3]);
  });
  it('spreads the kept items evenly and keeps both ends', () => {
    const c = capEven(range(101), 5);
    expect(c.shown).toEqual([0, 25, 50, 75, 100]);
    expect(c).toMatchObject({ total: 101, thinned: true });
  });
  it('never repeats an item', () => {
    const c = capEven(range(1000), 333);
    expect(new Set(c.shown).size).toBe(333);
  });
  it('with a cap of one keeps the first', () => {
    expect(capEven(range(9), 1).shown).toEqual([0]);
  });
});

describe('cappedTotals', () => {
  it('adds the counts of several charts', () => {
    expect(cappedTotals(capTop(range(10), 3), capTop(range(2), 3))).toEqual({ shown: 5, total: 12, thinned: true });
    expect(cappedTotals(capTop(range(2), 3)).thinned).toBe(false);
  });
});
