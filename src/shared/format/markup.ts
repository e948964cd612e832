/**
 * Characters XML 1.0 does not allow anywhere in a document (§2.2 Char): C0
 * controls other than tab, LF and CR; lone surrogates (with the `u` flag a
 * surrogate range matches only an unpaired one); U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text with every character XML 1.0 forbids replaced by U+FFFD: one bad
 * character in a name must not make a whole SVG export unreadable, and the
 * replacement shows where it was.
 */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML_CHAR, '\uFFFD');
}

/**
 * Text made safe inside XML or HTML markup (element text and quoted attributes): SVG exports, the HTML shell.
 * Characters XML forbids become U+FFFD (see xmlSafe).
 */
export function escapeXml(s: string): string {
  return xmlSafe(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}
