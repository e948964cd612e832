import type { Lang } from '../filters/state';
import type { TableCell, TableSpec } from '../ui/table';
import { displayQuote } from '../format/quote';

export interface CsvSource {
  quote: string;
  en: string;
}

export const BOM = '\uFEFF';

/** Cells a spreadsheet would run as a formula get a leading apostrophe. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
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
        out.push(src ? neutralise(displayQuote(src.quote)) : cellText(v));
        if (lang === 'en') out.push(src ? neutralise(src.en) : '');
      } else out.push(cellText(v));
    }
    lines.push(out.map(quoteField).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
