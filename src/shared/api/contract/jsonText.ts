// JSON text with a readable syntax error: where (line, column) and a short excerpt around it. JSON.parse's own
// message gives no position for "Unexpected token" (Node 20) and quotes the text, so the position comes from a
// scan of our own, run only once JSON.parse has failed. The excerpt is bounded, so a 50-MB one-line file is never
// echoed.

/** Characters of context on each side of the error in the excerpt (the excerpt stays under ~120 characters). */
const CONTEXT = 40;

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses JSON text; on a syntax error, `message` reads `invalid JSON at line L, column C: reason, near: …`. */
export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (found) return { ok: false, message: describeJsonSyntaxError(text, found) };
    // JSON.parse and the scan disagree (should not happen): still no more than a line of its message.
    return { ok: false, message: `invalid JSON: ${clip(String((error as Error).message), 2 * CONTEXT)}` };
  }
}

export interface JsonSyntaxError {
  /** Offset (UTF-16 code units) of the first character that cannot stand where it is. */
  offset: number;
  reason: string;
}

/** `invalid JSON at line 3, column 7: unexpected ',', near: «"a": 1,▶, "b"»`. */
export function describeJsonSyntaxError(text: string, { offset, reason }: JsonSyntaxError): string {
  const { line, column } = lineAndColumn(text, offset);
  return `invalid JSON at line ${line}, column ${column}: ${reason}, near: «${excerpt(text, offset)}»`;
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Up to CONTEXT characters each side of offset, ▶ at the offset, line breaks shown as ⏎, cuts marked with …. */
export function excerpt(text: string, offset: number): string {
  if (isLowSurrogate(text.charCodeAt(offset))) offset -= 1; // mark before the whole character
  let start = Math.max(0, offset - CONTEXT);
  let end = Math.min(text.length, offset + CONTEXT);
  if (isLowSurrogate(text.charCodeAt(start))) start += 1; // never cut a character in two
  if (isLowSurrogate(text.charCodeAt(end))) end -= 1;
  // Line breaks as ⏎, other control characters (below U+0020, and DEL) as spaces: the excerpt stays on one line.
  const show = (s: string) => s.replace(/\r?\n/g, '⏎').replace(/[^ -\uffff]|\u007f/g, ' ');
  return `${start > 0 ? '…' : ''}${show(text.slice(start, offset))}▶${show(text.slice(offset, end))}${end < text.length ? '…' : ''}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * The first syntax error in a JSON text (RFC 8259), or null when the text is valid JSON. Iterative (an explicit
 * stack of open containers), so deep nesting cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const open: ('[' | '{')[] = [];
  const fail = (reason: string, at = i): JsonSyntaxError => ({ offset: at, reason });
  const skipWs = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i += 1;
  };
  const unexpected = (): JsonSyntaxError =>
    i >= text.length ? fail('unexpected end of input') : fail(`unexpected ${JSON.stringify(text[i])}`);

  /** Reads a string starting at the quote at i; returns an error or null. */
  const readString = (): JsonSyntaxError | null => {
    i += 1;
    for (;;) {
      if (i >= text.length) return fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return null;
      }
      if (c < 0x20) return fail('control character in a string (write it as an escape such as \\n)');
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          for (let h = i + 2; h < i + 6; h += 1)
            if (!HEX_DIGIT.test(text[h] ?? '')) return fail('bad \\u escape (needs four hex digits)', h);
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else return fail('bad escape in a string', i + 1);
      } else i += 1;
    }
  };

  const isDigit = () => {
    const d = text.charCodeAt(i);
    return d >= 0x30 && d <= 0x39;
  };
  const digits = () => {
    while (isDigit()) i += 1;
  };
  /** Reads a number (-?int frac? exp?) starting at i; errors point where V8's do. */
  const readNumber = (): JsonSyntaxError | null => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') {
      i += 1;
      if (isDigit()) return fail('bad number (no leading zeros)');
    } else if (isDigit()) digits();
    else return fail('bad number (no digit after the minus sign)');
    if (text[i] === '.') {
      i += 1;
      if (!isDigit()) return fail('bad number (no digit after the decimal point)');
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      if (!isDigit()) return fail('bad number (no digit in the exponent)');
      digits();
    }
    return null;
  };

  /** Reads a property name and its colon; i is at the name's expected start. */
  const readKey = (): JsonSyntaxError | null => {
    if (text[i] !== '"')
      return i >= text.length
        ? unexpected()
        : fail(`expected a property name in double quotes, found ${JSON.stringify(text[i])}`);
    const bad = readString();
    if (bad) return bad;
    skipWs();
    if (text[i] !== ':') return i >= text.length ? unexpected() : fail(`expected ':' after a property name`);
    i += 1;
    return null;
  };

  for (;;) {
    // A value is expected at i.
    skipWs();
    const c = text[i];
    let opened = false;
    if (c === '{' || c === '[') {
      open.push(c);
      i += 1;
      skipWs();
      if (text[i] === (c === '{' ? '}' : ']')) {
        open.pop();
        i += 1;
      } else if (c === '{') {
        const bad = readKey();
        if (bad) return bad;
        opened = true;
      } else opened = true;
    } else if (c === '"') {
      const bad = readString();
      if (bad) return bad;
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const bad = readNumber();
      if (bad) return bad;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (text.startsWith(word, i)) i += word.length;
      else return unexpected();
    } else return unexpected();
    if (opened) continue;

    // After a complete value: close containers, or go on after a comma.
    for (;;) {
      skipWs();
      const top = open[open.length - 1];
      if (top === undefined)
        return i < text.length ? fail(`unexpected ${JSON.stringify(text[i])} after the JSON value`) : null;
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        open.pop();
        i += 1;
        continue;
      }
      if (text[i] === ',') {
        i += 1;
        if (top === '{') {
          skipWs();
          const bad = readKey();
          if (bad) return bad;
        }
        break;
      }
      if (i >= text.length) return unexpected();
      return fail(`expected ',' or '${close}' after ${top === '{' ? 'a property value' : 'an array element'}`);
    }
  }
}
