import { describe, expect, it } from 'vitest';
import { convertMoney, parseRate } from './currency';

describe('convertMoney', () => {
  it('converts both ways at the reader’s rate and leaves same-currency amounts alone', () => {
    expect(convertMoney(4.9e9, 'CNY', 'USD', 7.2)).toBeCloseTo(680.56e6, -4);
    expect(convertMoney(63e6, 'USD', 'CNY', 7.2)).toBeCloseTo(453.6e6, 0);
    expect(convertMoney(26.549e9, 'CNY', 'CNY', 7.2)).toBe(26.549e9);
    expect(convertMoney(convertMoney(123, 'USD', 'CNY', 6.9), 'CNY', 'USD', 6.9)).toBeCloseTo(123, 10);
  });
  it('refuses a rate that is not a positive number', () => {
    expect(() => convertMoney(1, 'USD', 'CNY', 0)).toThrow(RangeError);
    expect(() => convertMoney(1, 'USD', 'CNY', Number.NaN)).toThrow(RangeError);
    expect(() => convertMoney(1, 'USD', 'CNY', -7)).toThrow(RangeError);
  });
});

describe('parseRate', () => {
  it('accepts plain decimals with a dot or a comma', () => {
    expect(parseRate('7.2')).toBe(7.2);
    expect(parseRate(' 7,1234 ')).toBe(7.1234);
    expect(parseRate('999')).toBe(999);
  });
  it('rejects everything else', () => {
    for (const bad of ['', '0', '-7', 'abc', '7.12345', '1000', '0.001', '1e3', '7.'])
      expect(parseRate(bad), bad).toBeNull();
  });
});
