import { describe, expect, it } from 'vitest';
import { fill, kindLookup, yearSpan } from './sourceKind';

describe('kindLookup', () => {
  it('reads the kind of the sentence, with a fallback', () => {
    const k = kindLookup(new Map([['s-a', { kind: 'claim' as const }]]), 'reported');
    expect(k('s-a')).toBe('claim');
    expect(k('s-missing')).toBe('reported');
  });
});

describe('fill / yearSpan', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{a} ÷ {b} = {c}', { a: 5, b: '0.15' })).toBe('5 ÷ 0.15 = {c}');
  });
  it('gives the covered years', () => {
    expect(yearSpan(['2023-03', '2024', null])).toBe('2023–2024');
    expect(yearSpan(['2024-05', '2024-07'])).toBe('2024');
    expect(yearSpan([null])).toBe('');
  });
});
