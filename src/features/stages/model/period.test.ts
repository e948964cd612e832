import { describe, expect, it } from 'vitest';
import { rangeLabel, withPeriod, yearSpan } from './period';

describe('period labels', () => {
  it('spans the dated years', () => {
    expect(yearSpan(['2023-03', null, '2019-02', '2020-06'])).toBe('2019–2023');
    expect(yearSpan(['2024-05', '2024-Q2'])).toBe('2024');
    expect(yearSpan([null])).toBeNull();
  });
  it('labels a shared range and fills a subtitle', () => {
    expect(rangeLabel(2019, 2025)).toBe('2019–2025');
    expect(rangeLabel(2024, 2024)).toBe('2024');
    expect(withPeriod('released {period}', '2019–2023')).toBe('released 2019–2023');
  });
});
