import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('fills known placeholders, numbers as text', () => {
    expect(fill('{shown} of {total} {what}', { shown: 40, total: '1,200', what: 'bars' })).toBe('40 of 1,200 bars');
  });
  it('leaves unknown placeholders as they are', () => {
    expect(fill('{a} ÷ {b} = {c}', { a: 5, b: '0.15' })).toBe('5 ÷ 0.15 = {c}');
  });
});
