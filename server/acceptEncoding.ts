// Content negotiation on Accept-Encoding (RFC 9110 §12.5.3): which of the
// codings the server makes (brotli, gzip) a client accepts, and how much.

export type Coding = 'br' | 'gzip';

/** `q` values, by coding name (lower case), as the client listed them. */
export type CodingWeights = ReadonlyMap<string, number>;

/** `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )` */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * The codings of an Accept-Encoding value with their weights. Names and the
 * `q` parameter are case-insensitive; white space around `,` and `;` is
 * optional. An element with a malformed name or weight is dropped, as if the
 * client had not listed it. A coding listed twice keeps its first weight.
 */
export function parseAcceptEncoding(header: string): CodingWeights {
  const weights = new Map<string, number>();
  for (const element of header.split(',')) {
    const [rawName = '', ...params] = element.split(';').map((s) => s.trim().toLowerCase());
    if (!TOKEN.test(rawName)) continue;
    const name = rawName === 'x-gzip' ? 'gzip' : rawName;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const eq = param.indexOf('=');
      const key = (eq < 0 ? param : param.slice(0, eq)).trim();
      if (key !== 'q') continue;
      if (eq < 0) valid = false;
      const value = param.slice(eq + 1).trim();
      if (!QVALUE.test(value)) valid = false;
      else q = Number(value);
    }
    if (valid && !weights.has(name)) weights.set(name, q);
  }
  return weights;
}

/** How much a client accepts a coding: its own weight, else that of `*`, else 0 (not listed). */
export function weightOf(weights: CodingWeights, coding: Coding): number {
  return weights.get(coding) ?? weights.get('*') ?? 0;
}

/**
 * The coding to answer with: the one of brotli and gzip with the highest
 * weight above 0, brotli on a tie; null (no coding) when the client accepts
 * neither or sent no Accept-Encoding.
 */
export function pickEncoding(header: string | undefined): Coding | null {
  if (header === undefined) return null;
  const weights = parseAcceptEncoding(header);
  const br = weightOf(weights, 'br');
  const gzip = weightOf(weights, 'gzip');
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}
