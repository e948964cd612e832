/**
 * Pages of a list answer. Every list endpoint answers at most `limit` records
 * (default and maximum PAGE_LIMIT_MAX) and stops a page early once its records'
 * JSON reaches PAGE_MAX_BYTES, so no answer grows with the dataset.
 * `meta.nextCursor` names where the next page starts (null on the last page).
 *
 * Pages are keyset pages in data-file order: a cursor holds the position of
 * the page's last record (its `ord`) and a fingerprint of the endpoint and
 * filters it was issued for, as base64url. A cursor is opaque to callers;
 * one that is malformed or was issued for other filters is a 400, never a
 * silently different list.
 */
import { z } from 'zod';

/**
 * Records per page, by default and at most. The heaviest record of the
 * article's data is 1,080 bytes of JSON in UTF-8 (a stage; the heaviest source
 * 1,042), so a full page of such records is about 0.5 MB, within
 * PAGE_MAX_BYTES; the article's largest list (121 sources, 55 kB) is one page.
 * On the bench's 50-MB dataset a page is 120–340 kB (7–25 kB brotli).
 */
export const PAGE_LIMIT_MAX = 500;
export const PAGE_LIMIT_DEFAULT = PAGE_LIMIT_MAX;

/**
 * A page ends after the record that brings its records' JSON (UTF-8 bytes) to
 * this size, whatever `limit` says: the contract puts no bound on a record's
 * size, so a count alone would not bound an answer.
 */
export const PAGE_MAX_BYTES = 1024 * 1024;

const LIMIT_MESSAGE = `expected a whole number from 1 to ${PAGE_LIMIT_MAX}`;

/** `limit`: a page size from 1 to PAGE_LIMIT_MAX, digits only. */
export const PageLimit = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, LIMIT_MESSAGE)
  .transform(Number)
  .pipe(z.number().max(PAGE_LIMIT_MAX, LIMIT_MESSAGE));

const CURSOR_TEXT = /^[A-Za-z0-9_-]{1,64}$/;
const CURSOR_BODY = /^(0|[1-9]\d{0,8})\.([0-9a-f]{8})$/;

export interface DecodedCursor {
  /** `ord` (data-file position) of the last record of the previous page. */
  after: number;
  /** `queryFingerprint` of the request that issued the cursor. */
  fingerprint: string;
}

function base64UrlEncode(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The cursor for the page after the record at `after`, for a query with this fingerprint. */
export function encodeCursor(after: number, fingerprint: string): string {
  return base64UrlEncode(`${after}.${fingerprint}`);
}

/**
 * A cursor's content, or null unless it is exactly what `encodeCursor` makes
 * (canonical base64url of `<ord>.<8 hex>`): any other text is refused.
 */
export function decodeCursor(cursor: string): DecodedCursor | null {
  if (!CURSOR_TEXT.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const m = CURSOR_BODY.exec(text);
  if (!m || base64UrlEncode(text) !== cursor) return null;
  return { after: Number(m[1]), fingerprint: m[2]! };
}

export const PageCursor = z
  .string()
  .refine((s) => decodeCursor(s) !== null, 'not a cursor this API issued: pass meta.nextCursor unchanged');

/**
 * A short hash (FNV-1a, 32 bits, hex) of an endpoint and its filters, the
 * same whatever the order of keys or of repeated values. It tells a cursor
 * used with other filters from its own; it is not a secret.
 */
export function queryFingerprint(endpoint: string, filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .filter((k) => filters[k] !== undefined)
    .sort()
    .map((k) => {
      const v = filters[k];
      return [k, Array.isArray(v) ? [...new Set(v.map(String))].sort() : String(v)];
    });
  const text = JSON.stringify([endpoint, canonical]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** What a parsed request asks of the page: where to start, how many, and what to sign its cursor with. */
export interface PageRequest {
  /** `ord` after which the page starts; null for the first page. */
  after: number | null;
  limit: number;
  fingerprint: string;
}

/** How a backend ends a page: the records taken and whether a matching record follows. */
export interface PageCut {
  /** `ord` of the page's last record (meaningful when `more`). */
  lastOrd: number;
  more: boolean;
}

/** `meta.nextCursor` for a page. */
export function nextCursorOf(request: PageRequest, cut: PageCut): string | null {
  return cut.more ? encodeCursor(cut.lastOrd, request.fingerprint) : null;
}

/** UTF-8 length of a string (as Buffer.byteLength counts well-formed text, JSON.stringify's output). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Decides where a page ends, record by record, for both backends: a record is
 * always taken when the page is empty; the page is full at `limit` records or
 * once its records' bytes reach `maxBytes`.
 */
export class PageFiller {
  private count = 0;
  private bytes = 0;
  constructor(
    private readonly limit: number,
    private readonly maxBytes: number,
  ) {}

  /** Counts a taken record of `bytes` UTF-8 bytes; returns true when the page is now full. */
  take(bytes: number): boolean {
    this.count++;
    this.bytes += bytes;
    return this.count >= this.limit || this.bytes >= this.maxBytes;
  }
}

/**
 * The JS backend's page: the records of `items` after position `request.after`
 * that `matches` accepts, cut by `PageFiller`; positions are array indexes,
 * the same `ord` the server's tables hold.
 */
export function takePage<T>(
  items: readonly T[],
  matches: (item: T) => boolean,
  request: PageRequest,
  maxBytes = PAGE_MAX_BYTES,
): { items: T[]; nextCursor: string | null } {
  const out: T[] = [];
  const filler = new PageFiller(request.limit, maxBytes);
  let i = request.after === null ? 0 : request.after + 1;
  let full = false;
  for (; i < items.length && !full; i++) {
    const item = items[i]!;
    if (!matches(item)) continue;
    out.push(item);
    full = filler.take(utf8Length(JSON.stringify(item)));
  }
  const lastOrd = i - 1;
  let more = false;
  if (full) for (let j = i; j < items.length && !more; j++) more = matches(items[j]!);
  return { items: out, nextCursor: nextCursorOf(request, { lastOrd, more }) };
}
