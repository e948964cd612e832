import { describe, expect, it } from 'vitest';
import { fill } from './text';

describe('fill', () => {
  it('fills placeholders and keeps unknown ones', () => {
    expect(fill('forecast: {n} survivors', { n: 5 })).toBe('forecast: 5 survivors');
    expect(fill('{a} ÷ {b} {c}', { a: '1.5B', b: '50M' })).toBe('1.5B ÷ 50M {c}');
  });
});
