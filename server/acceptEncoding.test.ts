import { describe, expect, it } from 'vitest';
import { parseAcceptEncoding, pickEncoding } from './acceptEncoding';

describe('pickEncoding', () => {
  const cases: [header: string | undefined, expected: 'br' | 'gzip' | null][] = [
    // no header, or nothing we make
    [undefined, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['compress, deflate', null],
    // plain lists: brotli before gzip whatever the order
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['x-gzip', 'gzip'],
    // q = 0 means "not acceptable"
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0', null],
    ['gzip;q=0, br;q=0', null],
    ['br;q=0.0, gzip;q=0.001', 'gzip'],
    ['gzip, br;q=0.000', 'gzip'],
    // the highest weight wins; a tie goes to brotli
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['gzip;q=0.8, br;q=0.9', 'br'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['br;q=0.1, gzip;q=0.2, identity;q=1', 'gzip'],
    // the wildcard covers codings not listed
    ['*', 'br'],
    ['*;q=0', null],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0.5, gzip', 'gzip'],
    ['gzip;q=0.4, *;q=0.5', 'br'],
    ['identity;q=0', null],
    // names and q are case-insensitive; optional white space around , and ;
    ['BR', 'br'],
    ['Gzip;Q=0.5, bR;q=0', 'gzip'],
    ['  br  ;  q=0  ,  gzip  ', 'gzip'],
    ['br\t;\tq=0.5,gzip;q=0.6', 'gzip'],
    // malformed elements are dropped as if not listed
    ['br;q=x, gzip', 'gzip'],
    ['br;q=1.5, gzip', 'gzip'],
    ['br;q=0.0001, gzip', 'gzip'],
    ['br;q=-1, gzip', 'gzip'],
    ['br;q, gzip', 'gzip'],
    ['b r, gzip', 'gzip'],
    [';;,,', null],
    ['gzip;q=1.0000', null],
    // other parameters are ignored
    ['br;level=5', 'br'],
    // a coding listed twice keeps its first weight
    ['br;q=0, br', null],
  ];
  it.each(cases)('%j → %s', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe('parseAcceptEncoding', () => {
  it('reads names (lower case) and weights', () => {
    expect([...parseAcceptEncoding('GZIP;q=0.5, br, *;q=0.1, identity;q=0')]).toEqual([
      ['gzip', 0.5],
      ['br', 1],
      ['*', 0.1],
      ['identity', 0],
    ]);
  });
});
