import { describe, expect, it } from 'vitest';
import { createRequestLog, describeRequest, failureKind } from './requestLog';

describe('describeRequest', () => {
  it('shows the method, path and query without the origin', () => {
    expect(describeRequest('GET', 'http://x/api/v1/vendors?region=us')).toBe('GET /api/v1/vendors?region=us');
  });

  it('cuts a long target at 200 characters', () => {
    const line = describeRequest('GET', `http://x/api/v1/vendors?a=${'b'.repeat(10_000)}`);
    expect(line.length).toBe('GET '.length + 200 + 1);
    expect(line.endsWith('…')).toBe(true);
  });

  it('escapes control characters, so a request cannot forge log lines', () => {
    expect(describeRequest('GET', 'not a url\nFAKE LINE\u001b[31m')).toBe('GET not a url\\x0aFAKE LINE\\x1b[31m');
  });
});

describe('failureKind', () => {
  const throwHere = (message: string) => {
    try {
      throw new TypeError(message);
    } catch (err) {
      return err;
    }
  };
  const throwThere = () => {
    try {
      throw new TypeError('x');
    } catch (err) {
      return err;
    }
  };

  it('is the error name and the place it was thrown, whatever its message', () => {
    expect(failureKind(throwHere('a'))).toBe(failureKind(throwHere('b')));
    expect(failureKind(throwHere('a'))).toMatch(/^500 TypeError at .*requestLog\.test\.ts/);
    expect(failureKind(throwHere('a'))).not.toBe(failureKind(throwThere()));
    expect(failureKind('a string')).toBe('500 string');
  });
});

describe('createRequestLog', () => {
  it('writes one line per kind and window, and says how many were held back', () => {
    const lines: string[] = [];
    let t = 0;
    const log = createRequestLog({ write: (l) => lines.push(l), windowMs: 10_000, now: () => t });
    for (let i = 0; i < 5; i++) log.refused('404 unknown API route', `GET /api/x${i}`);
    log.refused('400 /api/v1/models', 'GET /api/v1/models?a=1', 'why');
    t = 10_000;
    log.refused('404 unknown API route', 'GET /api/y');
    expect(lines).toEqual([
      '[api] 404 unknown API route GET /api/x0 (at most one line per 10 s for this kind)',
      '[api] 400 /api/v1/models GET /api/v1/models?a=1: why (at most one line per 10 s for this kind)',
      '[api] 404 unknown API route GET /api/y (at most one line per 10 s for this kind; 4 more held back since the last)',
    ]);
  });

  it('writes a failure with its stack', () => {
    const lines: string[] = [];
    const log = createRequestLog({ write: (l) => lines.push(l) });
    // Two requests failing at the same place: one kind.
    const boom = () => new RangeError('boom');
    log.failed(boom(), 'GET /api/v1/vendors');
    log.failed(boom(), 'GET /api/v1/models');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[api\] 500 GET \/api\/v1\/vendors \(at most one line per 60 s for this kind\)\nRangeError: boom\n\s+at /,
    );
  });
});
