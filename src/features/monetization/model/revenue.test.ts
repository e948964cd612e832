import { describe, expect, it } from 'vitest';
import { linearDomain, logDomain, niceStep } from './revenue';

describe('axis domains', () => {
  it('log: whole powers of ten, starting below the smallest value', () => {
    expect(logDomain([127e6, 25e9])).toEqual([1e7, 1e11]);
    expect(logDomain([1e6, 2.5e8])).toEqual([1e5, 1e9]);
    expect(logDomain([])).toEqual([1, 10]);
  });
  it('linear: from 0 to a round value', () => {
    expect(linearDomain([6, 11, 35, 100])).toEqual([0, 120]);
    expect(linearDomain([-6, 11])).toEqual([-10, 15]);
    expect(niceStep(100)).toBe(20);
    expect(niceStep(224)).toBe(50);
  });
});
