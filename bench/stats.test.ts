import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats';

describe('statistics', () => {
  it('median of odd and even samples, ignoring NaN', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, Number.NaN, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });
  it('p95 is the nearest-rank value, one that was measured', () => {
    const xs = Array.from({ length: 30 }, (_, i) => i + 1); // 1..30
    expect(percentile(xs, 95)).toBe(29); // ceil(0.95*30) = 29th
    expect(percentile(xs, 50)).toBe(15);
    expect(percentile(xs, 100)).toBe(30);
    expect(percentile([7], 95)).toBe(7);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => 100 - i),
        99,
      ),
    ).toBe(99);
  });
  it('does not sort the caller’s array', () => {
    const xs = [3, 1, 2];
    percentile(xs, 95);
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('summarize', () => {
    expect(summarize([10, 20, 30, 40])).toEqual({ n: 4, median: 25, p95: 40, min: 10, max: 40 });
  });
});
