import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { PROTOTYPE_NAMES, fuzzRequest, percentEncode } from './fuzz-requests';

describe('percentEncode', () => {
  it('writes well-formed text as encodeURIComponent does', () => {
    expect(percentEncode('a b&c=d/é中😀')).toBe(encodeURIComponent('a b&c=d/é中😀'));
    expect(percentEncode('')).toBe('');
  });

  it('writes a lone surrogate as its invalid 3-byte UTF-8 sequence', () => {
    expect(percentEncode('a\uD800b')).toBe('a%ED%A0%80b');
    expect(percentEncode('\uDFFF')).toBe('%ED%BF%BF');
    expect(percentEncode('😀\uD83D')).toBe('%F0%9F%98%80%ED%A0%BD');
  });
});

describe('fuzzRequest', () => {
  it('reaches prototype names, every method kind and long targets', () => {
    const sample = fc.sample(fuzzRequest(dataset), { numRuns: 2_000, seed: 1 });
    const targets = sample.map((r) => r.target);
    expect(PROTOTYPE_NAMES).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString', 'valueOf']));
    expect(targets.some((t) => /[?&]__proto__=/.test(t))).toBe(true);
    expect(targets.some((t) => /[?&]constructor=/.test(t))).toBe(true);
    expect(targets.some((t) => t.includes('%ED%A0%80') || t.includes('%ED%BF%BF'))).toBe(true);
    expect(targets.some((t) => t.length > 5_000)).toBe(true);
    expect(new Set(sample.map((r) => r.method))).toEqual(
      new Set([
        'GET',
        'HEAD',
        'POST',
        'PUT',
        'DELETE',
        'PATCH',
        'OPTIONS',
        'get',
        'patch',
        'FOO',
        'PROPFIND',
        'M-SEARCH',
      ]),
    );
  });
});
