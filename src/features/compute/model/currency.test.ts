import { describe, expect, it } from 'vitest';
import { convertMoney, needsConversion } from './currency';

describe('convertMoney', () => {
  it('leaves an amount in its own currency alone', () => {
    expect(convertMoney(63e6, 'USD', 'USD', 7.2)).toBe(63e6);
  });
  it('converts USD to CNY and back at the given rate', () => {
    expect(convertMoney(63e6, 'USD', 'CNY', 7.2)).toBeCloseTo(453.6e6, 0);
    expect(convertMoney(720, 'CNY', 'USD', 7.2)).toBeCloseTo(100, 10);
  });
  it('rejects a non-positive rate', () => {
    expect(() => convertMoney(1, 'USD', 'CNY', 0)).toThrow(RangeError);
  });
  it('says when a conversion happens', () => {
    expect(needsConversion('USD', 'CNY')).toBe(true);
    expect(needsConversion('USD', 'USD')).toBe(false);
  });
});
