// Hostile requests for the API's property-based fuzz test (server/fuzz.test.ts
// and `npm run fuzz:api`): every route, unknown paths, random methods, and query
// strings built from raw, possibly broken percent-encoding, so names such as
// `__proto__`, lone surrogates, `%00` and malformed escapes reach the parser.
import fc from 'fast-check';
import {
  API_PREFIX,
  MetricKey,
  OPENAPI_PATH,
  Region,
  SourceKind,
  endpointNames,
  endpoints,
} from '../../src/shared/api/contract';
import type { Dataset } from '../../src/shared/api/contract';

export interface FuzzRequest {
  method: string;
  /** Path and query string, already percent-encoded (or deliberately not). */
  target: string;
  headers: Record<string, string>;
}

export const HEALTH_PATH = '/healthz';

/** Property names every object inherits, plus a few that libraries look up by name. */
export const PROTOTYPE_NAMES: readonly string[] = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    'prototype',
    'then',
    'toJSON',
    '0',
  ]),
];

/** Percent-escapes that are malformed, decode to NUL, or to invalid UTF-8 (lone surrogates, overlongs). */
const BROKEN_ESCAPES = [
  '%',
  '%2',
  '%zz',
  '%%',
  '%00',
  '%E0%A4%A',
  '%ED%A0%80',
  '%ED%BF%BF',
  '%C0%AF',
  '%FF',
  '%F4%90%80%80',
];
/** Characters that structure a query string or a URL. */
const SEPARATORS = ['&', '=', '==', ';', '+', '#', '?', '%26', '%3D', '%23', ' ', '\t'];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The 3-byte sequence UTF-8 would give a surrogate code unit (invalid UTF-8: what a broken client sends). */
function surrogateBytes(unit: number): string {
  return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
    .map((b) => `%${b.toString(16).toUpperCase()}`)
    .join('');
}

/** A JS string as UTF-8 percent-escapes; a lone surrogate (which encodeURIComponent refuses) becomes its 3 bytes. */
export function percentEncode(s: string): string {
  let out = '';
  let from = 0;
  for (const m of s.matchAll(LONE_SURROGATE)) {
    out += encodeURIComponent(s.slice(from, m.index)) + surrogateBytes(m[0].charCodeAt(0));
    from = m.index + 1;
  }
  return out + encodeURIComponent(s.slice(from));
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u));

/** Text a client could send: unicode, control characters, lone surrogates, very long runs. */
const hostileText = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
  {
    arbitrary: fc.string({
      unit: fc.oneof(loneSurrogate, fc.string({ unit: 'binary-ascii', maxLength: 1 })),
      maxLength: 6,
    }),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(...PROTOTYPE_NAMES), weight: 3 },
  {
    arbitrary: fc.constantFrom('', ' ', '\0', '\uFFFE', '\u202E', 'null', 'undefined', '[]', '{}', '-1', '1e999'),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('a', '9', 'é', '中', '\uD800', '-', '%'), fc.integer({ min: 1_000, max: 8_000 }))
      .map(([s, n]) => s.repeat(n)),
    weight: 1,
  },
);

/** A name or value written into the URL: encoded text, or raw broken escapes and separators. */
const rawToken = (plausible: fc.Arbitrary<string>) =>
  fc.oneof(
    { arbitrary: plausible.map(percentEncode), weight: 6 },
    { arbitrary: hostileText.map(percentEncode), weight: 3 },
    { arbitrary: hostileText.filter((s) => !/[#?]/.test(s)), weight: 1 },
    {
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...BROKEN_ESCAPES, ...SEPARATORS), plausible.map(percentEncode)), {
          minLength: 1,
          maxLength: 4,
        })
        .map((parts) => parts.join('')),
      weight: 2,
    },
  );

/** Values that pass or nearly pass the filters, taken from the dataset so 200s are common. */
function plausibleValues(data: Dataset): fc.Arbitrary<string> {
  const ids = (list: readonly { id: string }[]) => list.slice(0, 20).map((r) => r.id);
  return fc.constantFrom(
    ...ids(data.vendors),
    ...ids(data.sources),
    ...Region.options,
    ...MetricKey.options,
    ...SourceKind.options,
    '2023',
    '2024',
    '2025',
    '2024-02-29',
    '2023-02-29',
    '2024-13-01',
    '2024-06',
    'US',
    'no-such-vendor',
  );
}

const ACCEPTED_NAMES = [...new Set(endpointNames.flatMap((n) => [...endpoints[n].accepts]))];

function queryString(data: Dataset): fc.Arbitrary<string> {
  const name = rawToken(fc.constantFrom(...ACCEPTED_NAMES, ...PROTOTYPE_NAMES.slice(0, 12)));
  const value = rawToken(plausibleValues(data));
  const param = fc.oneof(
    { arbitrary: fc.tuple(name, value).map(([n, v]) => `${n}=${v}`), weight: 8 },
    { arbitrary: name, weight: 1 },
    { arbitrary: value.map((v) => `=${v}`), weight: 1 },
    { arbitrary: fc.tuple(name, value, value).map(([n, a, b]) => `${n}=${a}&${n}=${b}`), weight: 2 },
  );
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 2 },
    { arbitrary: fc.array(param, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('&')), weight: 8 },
    {
      // One parameter many times (short names and values: the URL stays under ~10 kB).
      arbitrary: fc
        .tuple(
          fc.constantFrom(...ACCEPTED_NAMES, ...PROTOTYPE_NAMES.slice(0, 12)),
          plausibleValues(data),
          fc.integer({ min: 2, max: 200 }),
        )
        .map(([n, v, k]) => Array.from({ length: k }, () => `${n}=${v}`).join('&')),
      weight: 1,
    },
  );
}

const KNOWN_PATHS = [...endpointNames.map((n) => `${API_PREFIX}${endpoints[n].path}`), OPENAPI_PATH, HEALTH_PATH];

const unknownPath = fc.oneof(
  fc.constantFrom(
    '/',
    '/api',
    '/api/',
    '/api/v1',
    `${API_PREFIX}/`,
    '/api/v2/vendors',
    `${API_PREFIX}/Vendors`,
    `${API_PREFIX}/vendors/`,
    `${API_PREFIX}/vendors/openai`,
    `${API_PREFIX}/vendors%2F`,
    `${API_PREFIX}/%2e%2e/vendors`,
    `${API_PREFIX}/vendors%00`,
    '/healthz/',
    '/HEALTHZ',
    '/index.html',
    '/.git/config',
  ),
  fc
    .tuple(fc.constantFrom('/api/', `${API_PREFIX}/`, '/'), rawToken(fc.constantFrom(...PROTOTYPE_NAMES, 'vendors')))
    .map(([prefix, seg]) => `${prefix}${seg.replace(/[?#]/g, '')}`),
);

const path = fc.oneof({ arbitrary: fc.constantFrom(...KNOWN_PATHS), weight: 8 }, { arbitrary: unknownPath, weight: 2 });

/** Methods the WHATWG Request accepts (it refuses CONNECT, TRACE and TRACK), in odd cases too. */
const method = fc.oneof(
  { arbitrary: fc.constant('GET'), weight: 12 },
  { arbitrary: fc.constant('HEAD'), weight: 2 },
  {
    arbitrary: fc.constantFrom(
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
    ),
    weight: 3,
  },
);

const headers = fc.record(
  {
    'accept-encoding': fc.constantFrom(
      'gzip, deflate, br',
      'br;q=0, gzip',
      'gzip;q=0.5, br;q=0.5',
      '*',
      '*;q=0',
      'identity;q=0',
      'BR ; Q=1',
      'br;q=x',
      ';;,,',
      'gzip;q=1.0000',
      '',
    ),
    'if-none-match': fc.constantFrom('*', '"x"', 'W/"x"', ', ,'),
    origin: fc.constantFrom('https://allowed.example', 'https://evil.example', 'null'),
    'access-control-request-method': fc.constantFrom('GET', 'POST'),
  },
  { requiredKeys: [] },
);

/** Any request the fuzz test sends. */
export function fuzzRequest(data: Dataset): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({ method, path, query: queryString(data), headers })
    .map(({ method, path, query, headers }) => ({ method, target: query ? `${path}?${query}` : path, headers }));
}

/** The list endpoint a target names exactly (before the query string), or null. */
export function endpointOfTarget(target: string): (typeof endpointNames)[number] | null {
  const pathname = target.split(/[?#]/, 1)[0];
  return endpointNames.find((n) => `${API_PREFIX}${endpoints[n].path}` === pathname) ?? null;
}
