import { describe, expect, it } from 'vitest';
import { partialDateToMs, partialDateToYear, timeDomain, yearTicks } from './time';

describe('time axis helpers', () => {
  it('places partial dates at their first day', () => {
    expect(new Date(partialDateToMs('2024-Q3')).toISOString().slice(0, 10)).toBe('2024-07-01');
    expect(new Date(partialDateToMs('2019-02')).toISOString().slice(0, 10)).toBe('2019-02-01');
    expect(new Date(partialDateToMs('2024-12-09')).toISOString().slice(0, 10)).toBe('2024-12-09');
  });
  it('gives fractional years', () => {
    expect(partialDateToYear('2024')).toBe(2024);
    expect(partialDateToYear('2024-07')).toBeCloseTo(2024.497, 2);
  });
  it('spans the whole of the chosen years', () => {
    const [a, b] = timeDomain(2023, 2024);
    expect(new Date(a).toISOString().slice(0, 10)).toBe('2023-01-01');
    expect(new Date(b).toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(yearTicks(2023, 2025)).toHaveLength(3);
  });
});
