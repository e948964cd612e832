import type { Bound, Metric, SourceKind } from '../api/contract';

/** The rows a panel shows, as its table view, its CSV and its export all read them. */
export interface TableColumn {
  key: string;
  header: string;
  /** Right-align numbers. */
  numeric?: boolean;
  /** The cell holds a source id; tables and CSV show the article's sentence (and its translation). */
  source?: boolean;
  /**
   * On screen only: a figure formatted for reading ("$11.35B", "约 2.5亿") or a
   * reading of one (its bound, currency, kind, a formatted date). The CSV leaves
   * the column out and writes the row's figure (figureCells) as plain numbers
   * and codes in its figure columns instead.
   */
  screenOnly?: boolean;
  /** In the CSV only: words the screen shows in a formatted column (a tier described, not priced). */
  csvOnly?: boolean;
}

export type TableCell = string | number | null;

export interface TableSpec {
  columns: TableColumn[];
  rows: Record<string, TableCell>[];
}

/**
 * A row's figure as data, for the CSV: plain numbers (no separators, no 亿 or
 * B, no currency sign) and the dataset's codes, the same in both languages.
 * As in metrics.json: exact/approx figures have `value`; a range `low` and
 * `high`; a lower bound ("more than") `low`; an upper bound `high`.
 */
export interface RowFigure {
  value: number | null;
  low: number | null;
  high: number | null;
  bound: Bound | null;
  /** A MetricUnit (currency, percent, pp, users, …) or the panel's own: parameters, currency-per-million-tokens, index. */
  unit: string | null;
  currency: 'USD' | 'CNY' | null;
  /** As the data writes it: 2024-Q3, 2024-09, 2024-12-03. */
  period: string | null;
  /** How sure the article is: the source sentence's kind. */
  kind: SourceKind | null;
}

/** Units the panels give beyond the dataset's MetricUnit: an API price per million input or output tokens. */
export const PER_MILLION_TOKENS = {
  input: 'currency-per-million-input-tokens',
  output: 'currency-per-million-output-tokens',
} as const;

/** The CSV's figure columns, in order. */
export const FIGURE_FIELDS = ['value', 'low', 'high', 'bound', 'unit', 'currency', 'period', 'kind'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** The row key a figure field is kept under: apart from the screen's columns (which may be called value or kind). */
export function figureKey(f: FigureField): string {
  return `figure:${f}`;
}

const EMPTY_FIGURE: RowFigure = {
  value: null,
  low: null,
  high: null,
  bound: null,
  unit: null,
  currency: null,
  period: null,
  kind: null,
};

/** A figure's cells, to spread into a table row; fields not given stay empty. */
export function figureCells(f: Partial<RowFigure>): Record<string, TableCell> {
  const full = { ...EMPTY_FIGURE, ...f };
  const out: Record<string, TableCell> = {};
  for (const k of FIGURE_FIELDS) out[figureKey(k)] = full[k];
  return out;
}

/** A metric as the article states it: its numbers, bound, unit, currency and period, untouched. */
export function metricFigure(
  m: Pick<Metric, 'value' | 'low' | 'high' | 'bound' | 'unit' | 'currency' | 'period'>,
  kind: SourceKind | null,
): RowFigure {
  return {
    value: m.value,
    low: m.low,
    high: m.high,
    bound: m.bound,
    unit: m.unit,
    currency: m.currency,
    period: m.period,
    kind,
  };
}

/**
 * A derived figure (a share of a revenue, a ratio, an index) from its point and
 * range, written as metrics.json writes a stated one: exact and approximate
 * figures by value, a range by low and high, a bound by its one end.
 */
export function spanFigure(
  s: { point: number; low: number; high: number; bound: Bound },
  rest: Omit<RowFigure, 'value' | 'low' | 'high' | 'bound'>,
): RowFigure {
  const value = s.bound === 'exact' || s.bound === 'approx' ? s.point : null;
  const low = s.bound === 'range' || s.bound === 'lower' ? s.low : null;
  const high = s.bound === 'range' || s.bound === 'upper' ? s.high : null;
  return { value, low, high, bound: s.bound, ...rest };
}
