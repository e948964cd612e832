import type { Lang } from '../filters/state';
import { FIGURE_FIELDS, figureKey, type FigureField, type TableCell, type TableSpec } from '../ui/table';

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

/** The figure columns' headers; their cells are numbers and codes, the same in both languages. */
export const FIGURE_HEADERS: Record<Lang, Record<FigureField, string>> = {
  en: {
    value: 'Value',
    low: 'Low',
    high: 'High',
    bound: 'Bound',
    unit: 'Unit',
    currency: 'Currency',
    period: 'Period',
    kind: 'Kind',
  },
  zh: {
    value: '数值',
    low: '下限',
    high: '上限',
    bound: '界限',
    unit: '单位',
    currency: '币种',
    period: '期间',
    kind: '类型',
  },
};

/**
 * A number as a spreadsheet reads it: plain digits, a point and at most an
 * exponent (no separators, no 亿 or B, no sign of a currency); a derived
 * figure's float noise (0.30000000000000004) is cut at 12 significant digits.
 */
export function plainNumber(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(12))) : '';
}

function cellText(c: TableCell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return plainNumber(c);
  return neutralise(c);
}

/**
 * The rows a panel's table shows, as CSV (UTF-8 with BOM, CRLF line ends): the
 * label columns (vendor, model, metric…), then each row's figure in the figure
 * columns (value, low, high, bound, unit, currency, period, kind: numbers and
 * codes; on-screen columns marked screenOnly, the figures formatted for
 * reading, are left out), then the source. Source columns hold source ids: they
 * are written as the article's sentence, exactly as the data holds it, and, in
 * English, followed by a column with its translation.
 */
export function tableToCsv(
  spec: TableSpec,
  lang: Lang,
  sourceOf: (id: string) => CsvSource | undefined,
  translationHeader = 'English',
): string {
  const kept = spec.columns.filter((c) => !c.screenOnly);
  const labels = kept.filter((c) => !c.source);
  const sourceCols = kept.filter((c) => c.source);
  const header: string[] = labels.map((c) => c.header);
  for (const f of FIGURE_FIELDS) header.push(FIGURE_HEADERS[lang][f]);
  for (const col of sourceCols) {
    header.push(col.header);
    if (lang === 'en') header.push(`${col.header} (${translationHeader})`);
  }
  const lines = [header.map((h) => quoteField(neutralise(h))).join(',')];
  for (const row of spec.rows) {
    const out: string[] = labels.map((col) => cellText(row[col.key]));
    for (const f of FIGURE_FIELDS) out.push(cellText(row[figureKey(f)]));
    for (const col of sourceCols) {
      const v = row[col.key];
      const src = typeof v === 'string' ? sourceOf(v) : undefined;
      out.push(src ? neutralise(src.quote) : cellText(v));
      if (lang === 'en') out.push(src ? neutralise(src.en) : '');
    }
    lines.push(out.map(quoteField).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
