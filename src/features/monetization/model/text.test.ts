import { describe, expect, it } from 'vitest';
import { fill, periodList } from './text';

describe('fill', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('CNY at {rate} per USD', { rate: 7.2 })).toBe('CNY at 7.2 per USD');
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('periodList', () => {
  it('lists distinct periods in time order', () => {
    expect(periodList(['2025', '2024-Q3', '2024-Q3', '2024'], (p) => `<${p}>`)).toBe('<2024>, <2024-Q3>, <2025>');
  });
});
