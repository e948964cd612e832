// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlSafe } from './markup';

/** A strict XML parse: jsdom's DOMParser reports a not-well-formed document as a <parsererror>. */
function parseErrors(xml: string): number {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length;
}

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

// Characters XML 1.0 does not allow (§2.2 Char): C0 controls other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF.
const NOT_XML: [label: string, text: string][] = [
  ['NUL', 'a\u0000b'],
  ['SOH', 'a\u0001b'],
  ['backspace', 'a\u0008b'],
  ['vertical tab', 'a\u000Bb'],
  ['form feed', 'a\u000Cb'],
  ['unit separator', 'a\u001Fb'],
  ['lone high surrogate', 'a\uD800b'],
  ['lone low surrogate', 'a\uDC00b'],
  ['surrogates in the wrong order', 'a\uDC00\uD800b'],
  ['high surrogate at the end', 'ab\uD83D'],
  ['U+FFFE', 'a\uFFFEb'],
  ['U+FFFF', 'a\uFFFFb'],
];
// Characters that are fine and must pass unchanged.
const XML_OK: [label: string, text: string][] = [
  ['tab, LF and CR', 'a\tb\nc\rd'],
  ['a surrogate pair (emoji)', 'GPT 😀'],
  ['CJK', '通义千问'],
  ['DEL and C1 controls (allowed in XML 1.0)', 'a\u007F\u0085b'],
  ['U+FFFD itself', 'a\uFFFDb'],
  ['the last plane', '\u{10FFFD}'],
];

describe('xmlSafe', () => {
  it.each(NOT_XML)('replaces %s with U+FFFD', (_label, text) => {
    const safe = xmlSafe(text);
    expect(safe).toContain('\uFFFD');
    expect(safe.length).toBe(text.length);
    expect(parseErrors(`<t a="${escapeXml(text)}">${escapeXml(text)}</t>`)).toBe(0);
  });
  it.each(XML_OK)('keeps %s', (_label, text) => {
    expect(xmlSafe(text)).toBe(text);
  });
  it('the unsafe texts do break a strict parse when not sanitised (the check can fail)', () => {
    for (const [, text] of NOT_XML.filter(([l]) => !l.includes('surrogate')))
      expect(parseErrors(`<t>${text}</t>`), JSON.stringify(text)).toBeGreaterThan(0);
  });
});
