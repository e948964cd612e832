import { describe, expect, it } from 'vitest';
import { currentSection } from './currentSection';

const tops = (...t: number[]) => ['stages', 'compute', 'monetization', 'china'].map((id, i) => ({ id, top: t[i]! }));

describe('currentSection', () => {
  it('is none above the first section', () => {
    expect(currentSection(tops(400, 1400, 2400, 3400), 120)).toBeNull();
  });
  it('is the last section whose top has passed the line', () => {
    expect(currentSection(tops(-900, 100, 1100, 2100), 120)).toBe('compute');
    expect(currentSection(tops(-3000, -2000, -1000, 120), 120)).toBe('china');
  });
  it('follows page order, not the order of the ids', () => {
    const reordered = [
      { id: 'china', top: -500 },
      { id: 'stages', top: 50 },
      { id: 'compute', top: 900 },
    ];
    expect(currentSection(reordered, 120)).toBe('stages');
  });
});
