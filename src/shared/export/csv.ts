import type { Lang } from '../filters/state';
import type { TableCell, TableSpec } from '../ui/table';

export interface CsvSource {
  quote: string;
  en: string;
}

export const BOM = '\uFEFF';

/**
 * What a spreadsheet may read as the start of a formula or a DDE call: a formula
 * sign (ASCII or full-width, which some spreadsheets fold to ASCII) or a pipe,
 * even behind leading white space (which some trim on import); or a leading
 * tab, CR or LF, which can push the rest into a formula cell.
 */
const FORMULA_START = /^\s*[=+\-@|＝＋－＠]|^[\t\r\n]/;
/** A plain decimal number ("-5", "+3", "2.5e-3") is data: no spreadsheet runs it, and an apostrophe would turn it into text. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Cells a spreadsheet could run as a formula get a leading apostrophe. */
export function neutralise(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** RFC 4180: quote when the field holds a quote, comma, CR or LF; double inner quotes. */
export function quoteField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cellText(c: TableCell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  return neutralise(c);
}

/**
 * The rows a panel's table shows, as CSV (UTF-8 with BOM, CRLF line ends).
 * Source columns hold source ids: they are written as the article's sentence
 * (display form) and, in English, followed by a column with its translation.
 */
export function tableToCsv(
  spec: TableSpec,
  lang: Lang,
  sourceOf: (id: string) => CsvSource | undefined,
  translationHeader = 'English',
): string {
  const header: string[] = [];
  for (const col of spec.columns) {
    header.push(col.header);
    if (col.source && lang === 'en') header.push(`${col.header} (${translationHeader})`);
  }
  const lines = [header.map((h) => quoteField(neutralise(h))).join(',')];
  for (const row of spec.rows) {
    const out: string[] = [];
    for (const col of spec.columns) {
      const v = row[col.key];
      if (col.source) {
        const src = typeof v === 'string' ? sourceOf(v) : undefined;
        out.push(src ? neutralise(src.quote) : cellText(v));
        if (lang === 'en') out.push(src ? neutralise(src.en) : '');
      } else out.push(cellText(v));
    }
    lines.push(out.map(quoteField).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
