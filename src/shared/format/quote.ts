/**
 * The seed article's text carries pinyin readings after some characters
 * (`戰(zhàn)` for 战). Quotes stay verbatim in the data; for display the readings go.
 */
const READING =
  /(?<=[\u3400-\u9fff])\((?:[a-zA-Z\u00fc\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]+)\)/g;

export function displayQuote(quote: string): string {
  return quote.replace(READING, '');
}
