import { describe, expect, it } from 'vitest';
import { collator, numberFormat } from './intl';

describe('numberFormat', () => {
  it('gives the same formatter for the same language and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
  });
  it('keeps languages and options apart', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1,234.6');
    expect(numberFormat('zh', { notation: 'compact', maximumSignificantDigits: 3 }).format(1.5e9)).toBe('15亿');
    expect(numberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 }).format(1.5e9)).toBe('1.5B');
  });
});

describe('collator', () => {
  it('sorts by the reader language', () => {
    expect(['b', 'a', 'C'].sort(collator('en').compare)).toEqual(['a', 'b', 'C']);
    expect(collator('zh')).toBe(collator('zh'));
  });
});
