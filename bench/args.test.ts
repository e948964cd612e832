import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('bench flags', () => {
  it('defaults: scales 1,10,100, every section, full', () => {
    expect(parseArgs([])).toEqual({
      scales: [1, 10, 100],
      quick: false,
      only: ['load', 'interaction', 'render', 'export', 'api'],
      noLighthouse: false,
    });
  });
  it('parses --scales, --quick and --only (space or = form)', () => {
    expect(parseArgs(['--scales', '10,1', '--quick', '--only=api,load'])).toMatchObject({
      scales: [1, 10],
      quick: true,
      only: ['api', 'load'],
    });
  });
  it('rejects unknown sections, flags and bad scales', () => {
    expect(() => parseArgs(['--only', 'speed'])).toThrow(/unknown section/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown flag/);
    expect(() => parseArgs(['--scales', '0'])).toThrow();
    expect(() => parseArgs(['--scales'])).toThrow(/needs a value/);
  });
});
