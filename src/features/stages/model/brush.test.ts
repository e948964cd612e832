import { describe, expect, it } from 'vitest';
import { brushToYears, brushYears, yearsToBrush } from './brush';

describe('brush ↔ shared years', () => {
  it('offers one slot per year, 2019–2025', () => {
    expect(brushYears().map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
  it('turns brush indices into a year range', () => {
    expect(brushToYears({ startIndex: 0, endIndex: 6 })).toEqual({ from: 2019, to: 2025 });
    expect(brushToYears({ startIndex: 4, endIndex: 5 })).toEqual({ from: 2023, to: 2024 });
    expect(brushToYears({ startIndex: 5, endIndex: 5 })).toEqual({ from: 2024, to: 2024 });
  });
  it('orders and clamps indices, and fills missing ones with the ends', () => {
    expect(brushToYears({ startIndex: 5, endIndex: 2 })).toEqual({ from: 2021, to: 2024 });
    expect(brushToYears({ startIndex: -3, endIndex: 99 })).toEqual({ from: 2019, to: 2025 });
    expect(brushToYears({})).toEqual({ from: 2019, to: 2025 });
    expect(brushToYears({ startIndex: 3 })).toEqual({ from: 2022, to: 2025 });
  });
  it('turns the shared years into brush indices (and back)', () => {
    expect(yearsToBrush(2019, 2025)).toEqual({ startIndex: 0, endIndex: 6 });
    expect(yearsToBrush(2024, 2022)).toEqual({ startIndex: 3, endIndex: 5 });
    expect(yearsToBrush(2010, 2030)).toEqual({ startIndex: 0, endIndex: 6 });
    expect(brushToYears(yearsToBrush(2021, 2023))).toEqual({ from: 2021, to: 2023 });
  });
});
