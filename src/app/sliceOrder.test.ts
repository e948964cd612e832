import { describe, expect, it } from 'vitest';
import { mountedSlices, sliceOrder } from './sliceOrder';

const slices = ['stages', 'compute', 'monetization', 'china'].map((id) => ({ id }));
const ids = (xs: { id: string }[]) => xs.map((s) => s.id);

describe('sliceOrder', () => {
  it('keeps the page order with no region or the US', () => {
    expect(ids(sliceOrder(slices, 'all'))).toEqual(['stages', 'compute', 'monetization', 'china']);
    expect(ids(sliceOrder(slices, 'us'))).toEqual(['stages', 'compute', 'monetization', 'china']);
  });
  it('puts the China market first with region China, the rest in their order', () =>
    expect(ids(sliceOrder(slices, 'cn'))).toEqual(['china', 'stages', 'compute', 'monetization']));
});

describe('mountedSlices', () => {
  it('mounts the first n of the current order', () =>
    expect([...mountedSlices(new Set(), ['china', 'stages', 'compute'], 1)]).toEqual(['china']));
  it('never unmounts a slice the order moved back', () => {
    const before = mountedSlices(new Set(), ['stages', 'compute', 'monetization', 'china'], 2);
    const after = mountedSlices(before, ['china', 'stages', 'compute', 'monetization'], 2);
    expect([...after].sort()).toEqual(['china', 'compute', 'stages']);
  });
  it('returns the same set when nothing is new', () => {
    const s = mountedSlices(new Set(), ['a', 'b'], 2);
    expect(mountedSlices(s, ['b', 'a'], 2)).toBe(s);
  });
});
