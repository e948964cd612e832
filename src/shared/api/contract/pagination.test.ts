import { describe, expect, it } from 'vitest';
import {
  PAGE_LIMIT_MAX,
  PageCursor,
  PageFiller,
  PageLimit,
  decodeCursor,
  encodeCursor,
  queryFingerprint,
  takePage,
  utf8Length,
} from './pagination';
import type { PageRequest } from './pagination';
import { openApiDocument } from './openapi';

describe('PageLimit', () => {
  it('takes a whole number from 1 to the maximum', () => {
    expect(PageLimit.parse('1')).toBe(1);
    expect(PageLimit.parse(String(PAGE_LIMIT_MAX))).toBe(PAGE_LIMIT_MAX);
  });
  it.each(['0', '-1', '01', '1.5', '1e2', ' 5', 'ten', '', String(PAGE_LIMIT_MAX + 1), '9999999'])('refuses %j', (s) =>
    expect(PageLimit.safeParse(s).success).toBe(false),
  );
});

describe('cursors', () => {
  it('round-trip and are base64url without padding', () => {
    const c = encodeCursor(499, '0a1b2c3d');
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c)).toEqual({ after: 499, fingerprint: '0a1b2c3d' });
    expect(decodeCursor(encodeCursor(0, 'ffffffff'))).toEqual({ after: 0, fingerprint: 'ffffffff' });
  });

  it('refuses anything encodeCursor would not make', () => {
    const good = encodeCursor(12, '0a1b2c3d');
    const bad = [
      '',
      'x',
      `${good}=`, // padding
      `${good}A`, // extra character
      good.replace(/./, '+'), // base64, not base64url
      btoa('12.0a1b2c3d').replace(/=+$/, '') + '%', // not base64url text
      btoa('12.0A1B2C3D').replace(/=+$/, ''), // upper-case hex
      btoa('012.0a1b2c3d').replace(/=+$/, ''), // leading zero
      btoa('-1.0a1b2c3d').replace(/=+$/, ''),
      btoa('12.0a1b2c3').replace(/=+$/, ''), // short fingerprint
      btoa('12').replace(/=+$/, ''),
      btoa('12.0a1b2c3d.x').replace(/=+$/, ''),
      'a'.repeat(65),
    ];
    for (const c of bad) expect(decodeCursor(c), c).toBeNull();
    expect(PageCursor.safeParse(good).success).toBe(true);
    expect(PageCursor.safeParse('nope!').error?.issues[0]?.message).toMatch(/not a cursor this API issued/);
  });
});

describe('queryFingerprint', () => {
  it('ignores the order of keys and of repeated values, and undefined values', () => {
    const a = queryFingerprint('models', { vendor: ['b', 'a'], region: 'cn' });
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(queryFingerprint('models', { region: 'cn', vendor: ['a', 'b', 'a'], from: undefined })).toBe(a);
  });
  it('differs with the endpoint or any filter', () => {
    const a = queryFingerprint('models', { region: 'cn' });
    expect(queryFingerprint('events', { region: 'cn' })).not.toBe(a);
    expect(queryFingerprint('models', { region: 'us' })).not.toBe(a);
    expect(queryFingerprint('models', { region: 'cn', from: '2024' })).not.toBe(a);
    expect(queryFingerprint('models', {})).not.toBe(a);
  });
});

describe('utf8Length', () => {
  it('counts bytes as Buffer.byteLength does', () => {
    for (const s of ['', 'abc', 'é', '中文', '😀', 'a\u{10FFFF}b', '\ud800x', 'x\udc00', '\ud800'])
      expect(utf8Length(s), s).toBe(Buffer.byteLength(s));
  });
});

describe('PageFiller', () => {
  it('is full at the limit or once the bytes reach the maximum, and takes the first record whatever its size', () => {
    const byCount = new PageFiller(2, 1000);
    expect(byCount.take(10)).toBe(false);
    expect(byCount.take(10)).toBe(true);
    const byBytes = new PageFiller(10, 100);
    expect(byBytes.take(60)).toBe(false);
    expect(byBytes.take(40)).toBe(true);
    expect(new PageFiller(10, 100).take(5000)).toBe(true);
  });
});

describe('takePage', () => {
  const items = [1, 2, 3, 4, 5, 6, 7];
  const odd = (n: number) => n % 2 === 1;
  const req = (after: number | null, limit: number): PageRequest => ({ after, limit, fingerprint: '0000abcd' });

  it('answers everything in one page when it fits, with no cursor', () => {
    expect(takePage(items, odd, req(null, 500))).toEqual({ items: [1, 3, 5, 7], nextCursor: null });
  });

  it('cuts after `limit` matches and points the cursor at the last one taken', () => {
    const first = takePage(items, odd, req(null, 2));
    expect(first.items).toEqual([1, 3]);
    expect(decodeCursor(first.nextCursor!)).toEqual({ after: 2, fingerprint: '0000abcd' });
    const second = takePage(items, odd, req(decodeCursor(first.nextCursor!)!.after, 2));
    expect(second).toEqual({ items: [5, 7], nextCursor: null });
  });

  it('gives no cursor when no later record matches, even on a full page', () => {
    expect(takePage([1, 2, 3, 4], odd, req(null, 2))).toEqual({ items: [1, 3], nextCursor: null });
  });

  it('cuts by bytes of JSON when they come first', () => {
    const words = ['aaaa', 'bbbb', 'cccc']; // 6 bytes of JSON each
    const page = takePage(words, () => true, req(null, 500), 12);
    expect(page.items).toEqual(['aaaa', 'bbbb']);
    expect(decodeCursor(page.nextCursor!)!.after).toBe(1);
  });

  it('answers an empty page after the end', () => {
    expect(takePage(items, odd, req(100, 2))).toEqual({ items: [], nextCursor: null });
  });
});

describe('the OpenAPI document', () => {
  it('documents limit (with its maximum) and cursor on every list, and meta.nextCursor in every answer', () => {
    const paths = openApiDocument().paths as Record<
      string,
      { get: { parameters: { name: string; schema: unknown }[] } }
    >;
    const lists = Object.entries(paths).filter(([p]) => p !== '/api/v1/openapi.json');
    expect(lists.length).toBe(7);
    for (const [p, { get }] of lists) {
      const limit = get.parameters.find((x) => x.name === 'limit');
      expect(limit?.schema, p).toMatchObject({ type: 'integer', minimum: 1, maximum: PAGE_LIMIT_MAX });
      expect(
        get.parameters.some((x) => x.name === 'cursor'),
        p,
      ).toBe(true);
      expect(JSON.stringify(get), p).toContain('"nextCursor"');
    }
  });
});
