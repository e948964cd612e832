import { describe, expect, it } from 'vitest';
import { excerpt, findJsonSyntaxError, lineAndColumn, parseJsonText } from './jsonText';

/** The offset JSON.parse itself would blame, when its message says (some messages give none on Node 20). */
function v8Offset(text: string): number | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const m = /at position (\d+)/.exec((error as Error).message);
    return m ? Number(m[1]) : null;
  }
}

describe('findJsonSyntaxError', () => {
  it('finds nothing in valid JSON of every kind', () => {
    const valid = [
      '{}',
      '[]',
      ' { "a" : [ 1 , -2.5e+3 , 0 , true , false , null , "x\\n\\u00e9\\"" ] , "b" : { } } ',
      '"just a string"',
      '0',
      '-0.0E-0',
      '[[[[[]]]]]',
      '{"a":{"b":{"c":[{"d":1}]}}}',
      '"\u{1F600} and 中文"',
    ];
    for (const text of valid) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text), text).toBeNull();
    }
  });

  it.each([
    ['{"a": }', 6, 'unexpected "}"'],
    ['[1, 2,, 3]', 6, 'unexpected ","'],
    ['[1, 2,]', 6, 'unexpected "]"'],
    ['{"a": 1 "b": 2}', 8, "expected ',' or '}' after a property value"],
    ['[1 2]', 3, "expected ',' or ']' after an array element"],
    ["{'a': 1}", 1, 'expected a property name in double quotes'],
    ['{"a" 1}', 5, "expected ':' after a property name"],
    ['{"a": 1,}', 8, 'expected a property name in double quotes'],
    ['{"a": 1', 7, 'unexpected end of input'],
    ['', 0, 'unexpected end of input'],
    ['{"a": "b', 8, 'unterminated string'],
    ['"a\tb"', 2, 'control character in a string'],
    ['"\\x"', 2, 'bad escape in a string'],
    ['"\\u12g4"', 5, 'bad \\u escape'],
    ['[01]', 2, 'bad number (no leading zeros)'],
    ['[1.]', 3, 'bad number (no digit after the decimal point)'],
    ['[1e+]', 4, 'bad number (no digit in the exponent)'],
    ['[-]', 2, 'bad number (no digit after the minus sign)'],
    ['[1-2]', 2, "expected ',' or ']' after an array element"],
    ['[tru]', 1, 'unexpected "t"'],
    ['{"a": 1} x', 9, 'unexpected "x" after the JSON value'],
    ['\uFEFF{}', 0, 'unexpected "\uFEFF"'],
  ])('%j: error at %i (%s)', (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found?.offset).toBe(offset);
    expect(found?.reason).toContain(reason);
    // Where V8 gives a position, ours is the same.
    const v8 = v8Offset(text);
    if (v8 !== null) expect(offset).toBe(v8);
  });

  it('handles nesting deeper than the call stack would allow', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(findJsonSyntaxError(deep)).toBeNull();
    expect(findJsonSyntaxError(deep.slice(0, -1))?.reason).toBe('unexpected end of input');
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncd\n\nef';
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(text, 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn(text, 9)).toEqual({ line: 4, column: 3 });
  });
});

describe('excerpt', () => {
  it('marks the offset and shows line breaks', () => {
    expect(excerpt('{\n  "a": }\n', 9)).toBe('{⏎  "a": ▶}⏎');
  });

  it('cuts long text to about 40 characters each side, marking the cuts', () => {
    const text = 'a'.repeat(1000) + 'X' + 'b'.repeat(1000);
    expect(excerpt(text, 1000)).toBe(`…${'a'.repeat(40)}▶X${'b'.repeat(39)}…`);
  });

  it('never cuts a character in two', () => {
    const text = '\u{1F600}'.repeat(100);
    const shown = excerpt(text, 101);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it('names line, column, reason and a short excerpt', () => {
    const text = '[\n  {"id": "a"},\n  {"id": "b",}\n]';
    expect(parseJsonText(text)).toEqual({
      ok: false,
      message:
        'invalid JSON at line 3, column 14: expected a property name in double quotes, found "}", near: «[⏎  {"id": "a"},⏎  {"id": "b",▶}⏎]»',
    });
  });

  it('never echoes a large one-line file: the message stays short', () => {
    const text = JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ({ id: `r-${i}`, v: i }))).replace(
      '"r-150000"',
      '"r-150000" oops',
    );
    expect(text.length).toBeGreaterThan(4e6);
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.length).toBeLessThan(200);
    const at = text.indexOf(' oops') + 1;
    expect(result.message).toContain(`line 1, column ${at + 1}:`);
    expect(result.message).toContain('"r-150000" ▶oops');
  });
});
