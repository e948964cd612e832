import { describe, expect, it } from 'vitest';
import { fill, logDomain, logTicks } from './text';

describe('fill', () => {
  it('fills placeholders and keeps unknown ones', () => {
    expect(fill('forecast: {n} survivors', { n: 5 })).toBe('forecast: 5 survivors');
    expect(fill('{a} ÷ {b} {c}', { a: '1.5B', b: '50M' })).toBe('1.5B ÷ 50M {c}');
  });
});

describe('logDomain and logTicks', () => {
  it('spans the data with powers of ten', () => {
    expect(logDomain([5e7, 1.5e9])).toEqual([1e7, 1e10]);
    expect(logDomain([7.6e6, 4e7])).toEqual([1e6, 1e8]);
    expect(logDomain([1e6])).toEqual([1e6, 1e7]);
    expect(logDomain([], [1, 100])).toEqual([1, 100]);
    expect(logDomain([0, -3])).toEqual([1, 10]);
  });
  it('gives one tick per power of ten', () => {
    expect(logTicks([1e6, 1e8])).toEqual([1e6, 1e7, 1e8]);
  });
});
