import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALE,
  heaviestList,
  metaOfPage,
  nextStep,
  parseBigArgs,
  verdicts,
  type BigFigures,
} from './big-answers-lib';

describe('parseBigArgs', () => {
  it('has the issue’s defaults: ~50-MB data, 20 clients, the heaviest list', () => {
    expect(parseBigArgs([])).toEqual({ scale: DEFAULT_SCALE, dataset: null, clients: 20, list: null, timeoutS: 300 });
  });
  it('reads every flag', () => {
    expect(
      parseBigArgs(['--scale', '10', '--clients', '3', '--list', 'sources', '--dataset', 'x.json', '--timeout', '60']),
    ).toEqual({ scale: 10, dataset: 'x.json', clients: 3, list: 'sources', timeoutS: 60 });
  });
  it.each([
    ['--scale', '0'],
    ['--clients', '1.5'],
    ['--clients', '101'],
    ['--list', '../x'],
    ['--nope', '1'],
    ['--scale'],
  ])('refuses %j', (...argv) => expect(() => parseBigArgs(argv)).toThrow());
});

describe('heaviestList', () => {
  it('picks the list with the most bytes', () => {
    expect(heaviestList({ vendors: 4, claims: 12, sources: 7 })).toBe('claims');
    expect(() => heaviestList({})).toThrow();
  });
});

describe('nextStep', () => {
  it('follows the cursor, ends on null, on an error status and past the page cap', () => {
    expect(nextStep({ status: 200, records: 5, nextCursor: 'abc' }, 1, 10)).toEqual({ cursor: 'abc' });
    expect(nextStep({ status: 200, records: 5, nextCursor: null }, 1, 10)).toEqual({ end: null });
    expect(nextStep({ status: 400, records: 0, nextCursor: null }, 1, 10)).toEqual({ end: 'HTTP 400' });
    expect(nextStep({ status: 200, records: 5, nextCursor: 'abc' }, 10, 10)).toEqual({ end: 'more than 10 pages' });
  });
});

describe('metaOfPage', () => {
  it('reads meta from the end of a page without its records', () => {
    const page = JSON.stringify({
      data: [{ meta: { count: 9 } }, { x: '"meta":' }],
      meta: { count: 2, nextCursor: 'MTIz' },
    });
    expect(metaOfPage(page)).toEqual({ count: 2, nextCursor: 'MTIz' });
    expect(metaOfPage('{"data":[],"meta":{"count":0,"nextCursor":null}}')).toEqual({ count: 0, nextCursor: null });
    // An unpaged server's answer (no nextCursor) ends the walk.
    expect(metaOfPage('{"data":[1,2],"meta":{"count":2}}')).toEqual({ count: 2, nextCursor: null });
  });
  it('gives nothing for an error body or a cut text', () => {
    expect(metaOfPage('{"error":{"code":"bad_request","message":"m","details":[]}}')).toEqual({
      count: 0,
      nextCursor: null,
    });
    expect(metaOfPage('{"data":[],"meta":{"count":0,"nextCu')).toEqual({ count: 0, nextCursor: null });
  });
});

describe('verdicts', () => {
  const walk = { pages: 3, records: 100, ms: 10, error: null };
  const base: BigFigures = {
    vendorsMs: Array.from({ length: 100 }, (_, i) => i / 4), // p99 24.75 ms
    peakRssMb: 180,
    walks: [walk, walk],
    expectedRecords: 100,
  };
  const passes = (f: BigFigures) => verdicts(f).map((v) => v.pass);

  it('passes when every walk is whole and both budgets hold', () => {
    expect(passes(base)).toEqual([true, true, true]);
  });
  it('fails an incomplete walk, RSS over 300 MB, a /vendors p99 over 50 ms, or too few samples for a p99', () => {
    expect(passes({ ...base, walks: [walk, { ...walk, records: 99 }] })[0]).toBe(false);
    expect(passes({ ...base, walks: [walk, { ...walk, error: 'HTTP 500' }] })[0]).toBe(false);
    expect(passes({ ...base, walks: [] })[0]).toBe(false);
    expect(passes({ ...base, peakRssMb: 301 })[1]).toBe(false);
    expect(passes({ ...base, peakRssMb: null })[1]).toBe(false);
    expect(passes({ ...base, vendorsMs: [...base.vendorsMs.slice(0, 98), 60, 70] })[2]).toBe(false);
    expect(passes({ ...base, vendorsMs: [1, 2, 3] })[2]).toBe(false);
  });
  it('prints the figures', () => {
    expect(verdicts(base).map((v) => v.value)).toEqual([
      '2 of 2',
      '180 MB',
      'n 100, p50 12.3 ms, p99 24.5 ms, max 24.8 ms',
    ]);
  });
});
