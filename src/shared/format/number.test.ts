import { describe, expect, it } from 'vitest';
import { formatCompact, formatMoney, formatPartialDate, formatPercent } from './number';

describe('number formatting', () => {
  it('uses the language’s compact units', () => {
    expect(formatCompact(1.5e9, 'en')).toBe('1.5B');
    expect(formatCompact(1.5e9, 'zh')).toBe('15亿');
    expect(formatCompact(7.6e6, 'zh')).toBe('760万');
  });
  it('formats money and percent', () => {
    expect(formatMoney(11353000000, 'USD', 'en')).toBe('$11.35B');
    expect(formatMoney(20, 'USD', 'en')).toBe('$20');
    expect(formatPercent(35.5, 'en')).toBe('35.5%');
  });
  it('formats partial dates in both languages', () => {
    expect(formatPartialDate('2024-05', 'en')).toBe('May 2024');
    expect(formatPartialDate('2024-05', 'zh')).toBe('2024年5月');
    expect(formatPartialDate('2024-Q3', 'en')).toBe('Q3 2024');
    expect(formatPartialDate('2024-12-09', 'zh')).toBe('2024年12月9日');
    expect(formatPartialDate('2019', 'en')).toBe('2019');
  });
  it('says a quarter is not stated instead of naming one (2024-QX)', () => {
    expect(formatPartialDate('2024-QX', 'en')).toBe('a quarter of 2024 (quarter not stated)');
    expect(formatPartialDate('2024-QX', 'zh')).toBe('2024年某季度（未注明季度）');
  });
});
