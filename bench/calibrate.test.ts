import { describe, expect, it } from 'vitest';
import { calibrationLine, fixedWork } from './calibrate';

describe('machine calibration', () => {
  it('does the same work every time (the checksum does not change)', () => {
    const a = fixedWork();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(fixedWork()).toBe(a);
  });

  it('prints the start and end figures', () => {
    const s = { n: 5, median: 120.4, p95: 130, min: 110, max: 131 };
    expect(calibrationLine(s, { ...s, median: 150 })).toContain(
      'took 120 ms (110–131) at the start and 150 ms (110–131) at the end',
    );
    expect(calibrationLine(s, null)).not.toContain('at the end');
  });
});
