import type { Metric, SourceKind, Vendor } from '../../../shared/api/contract';
import type { Currency, Lang } from '../../../shared/filters/state';
import { formatMoney, formatPartialDate } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, metricFigure, type RowFigure, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { fill } from './sourceKind';
import { convertMoney } from '../../../shared/format/currency';
import { capTop, type Capped } from '../../../shared/charts/markCap';
import type { DotSpec } from '../../../shared/charts/DotMark';

export type BarStyle = 'solid' | 'open-lower' | 'open-upper' | 'range';

/** One training-cost figure, in the currency the reader picked. */
export interface CostBar {
  id: string;
  vendorId: string | null;
  vendorName: string;
  subject: string;
  period: string;
  label: string;
  bound: Metric['bound'];
  style: BarStyle;
  /** Length of the bar: a point value, or [low, high] for a range. */
  bar: number | [number, number];
  /** The figure as the article states it, converted: "≥ $2.7B", "$63M". */
  text: string;
  currency: Currency;
  /** The currency the article states it in. */
  statedCurrency: Currency;
  converted: boolean;
  /** The figure as the article states it (its own currency), for the CSV. */
  figure: RowFigure;
  tip: TipInfo;
}

const PREFIX: Record<Metric['bound'], string> = { exact: '', approx: '≈ ', range: '', lower: '≥ ', upper: '≤ ' };

/** The formatted figure with its bound: "≥ $2.7B", "≈ $5M", "$1M–$2M". */
export function boundText(m: Pick<Metric, 'bound' | 'value' | 'low' | 'high'>, fmt: (v: number) => string): string {
  if (m.bound === 'range') return `${fmt(m.low!)}–${fmt(m.high!)}`;
  if (m.bound === 'lower') return `${PREFIX.lower}${fmt(m.low!)}`;
  if (m.bound === 'upper') return `${PREFIX.upper}${fmt(m.high!)}`;
  return `${PREFIX[m.bound]}${fmt(m.value!)}`;
}

export interface CostWords {
  /** Template {rate} {from} {to}: conversion note. */
  converted: string;
  lowerNote: string;
  upperNote: string;
}

/** The training-cost metrics as bars, oldest period first; lower bounds are open bars, never exact values. */
export function costBars(
  metrics: readonly Metric[],
  opts: {
    vendors: ReadonlyMap<string, Vendor>;
    currency: Currency;
    cnyPerUsd: number;
    lang: Lang;
    kindOf: (sourceId: string) => SourceKind;
    words: CostWords;
  },
): CostBar[] {
  const { vendors, currency, cnyPerUsd, lang, kindOf, words } = opts;
  return metrics
    .filter((m) => m.metric === 'training-cost' && m.currency !== null)
    .sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id))
    .map((m) => {
      const stated = m.currency as Currency;
      const conv = (v: number | null) => (v === null ? null : convertMoney(v, stated, currency, cnyPerUsd));
      const c = { bound: m.bound, value: conv(m.value), low: conv(m.low), high: conv(m.high) };
      const fmt = (v: number) => formatMoney(v, currency, lang, 3);
      const text = boundText(c, fmt);
      const style: BarStyle =
        m.bound === 'lower'
          ? 'open-lower'
          : m.bound === 'upper'
            ? 'open-upper'
            : m.bound === 'range'
              ? 'range'
              : 'solid';
      const bar: number | [number, number] =
        m.bound === 'range'
          ? [c.low!, c.high!]
          : m.bound === 'lower'
            ? c.low!
            : m.bound === 'upper'
              ? c.high!
              : c.value!;
      const converted = stated !== currency;
      const vendorName = m.vendorId ? (vendors.get(m.vendorId)?.name[lang] ?? m.vendorId) : '—';
      const period = formatPartialDate(m.period, lang);
      const notes = [
        m.note?.[lang],
        m.bound === 'lower' ? words.lowerNote : m.bound === 'upper' ? words.upperNote : undefined,
        converted ? fill(words.converted, { rate: cnyPerUsd, from: stated, to: currency }) : undefined,
      ].filter(Boolean);
      return {
        id: m.id,
        vendorId: m.vendorId,
        vendorName,
        subject: m.subject[lang],
        period: m.period,
        label: `${m.subject[lang]} · ${period}`,
        bound: m.bound,
        style,
        bar,
        text,
        currency,
        statedCurrency: stated,
        converted,
        figure: metricFigure(m, kindOf(m.sourceId)),
        tip: {
          title: `${m.subject[lang]} · ${period}`,
          value: text,
          kind: kindOf(m.sourceId),
          sourceId: m.sourceId,
          note: notes.length > 0 ? notes.join(' ') : undefined,
        },
      };
    });
}

/**
 * Bars the chart draws at most. Each bar is a 64-px row with its label and
 * figure, so 12 keep the panel about 800 px tall (at 100× the data it was
 * 12,860 px, and its export a 25,000-px PNG). The article has 2: never thinned.
 */
export const TRAINING_COST_BAR_CAP = 12;

/** The far end of a bar: what "costliest" ranks by (a range by its high end, a lower bound by its bound). */
const barEnd = (b: CostBar) => (Array.isArray(b.bar) ? b.bar[1] : b.bar);

/**
 * The bars drawn: all up to the cap, else the `cap` costliest, still oldest
 * period first. The costliest runs are what the chart is read for; the table
 * keeps every figure.
 */
export function shownCostBars(bars: readonly CostBar[], cap = TRAINING_COST_BAR_CAP): Capped<CostBar> {
  const top = capTop(
    [...bars].sort((a, b) => barEnd(b) - barEnd(a)),
    cap,
  );
  if (!top.thinned) return { ...top, shown: [...bars] };
  const kept = new Set(top.shown);
  return { ...top, shown: bars.filter((b) => kept.has(b)) };
}

/** Every number a figure's mark reaches (both ends of a range), for the log axis around them. */
export function costValues(bars: readonly CostBar[]): number[] {
  return bars.flatMap((b) => (Array.isArray(b.bar) ? b.bar : [b.bar])).filter((v) => v > 0);
}

/**
 * A figure's mark on the log axis (costs run from tens of millions to billions):
 * a dot at a stated cost, a line over a range, an open circle with an arrow at
 * a lower ("more than") or upper bound.
 */
export function costDot(b: CostBar, color: string): DotSpec {
  const [low, high] = Array.isArray(b.bar) ? b.bar : [b.bar, b.bar];
  return {
    value: Array.isArray(b.bar) ? (low + high) / 2 : b.bar,
    low,
    high,
    bound: b.bound,
    color,
    fillOpacity: 0.9,
    dashed: false,
    label: b.text,
    name: b.label,
  };
}

export function costTable(
  bars: readonly CostBar[],
  lang: Lang,
  h: {
    subject: string;
    vendor: string;
    period: string;
    amount: string;
    bound: string;
    currency: string;
    kind: string;
    source: string;
  },
  boundLabel: (b: Metric['bound']) => string,
): TableSpec {
  return {
    columns: [
      { key: 'subject', header: h.subject },
      { key: 'vendor', header: h.vendor },
      { key: 'period', header: h.period, screenOnly: true },
      { key: 'amount', header: h.amount, numeric: true, screenOnly: true },
      { key: 'bound', header: h.bound, screenOnly: true },
      { key: 'currency', header: h.currency, screenOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows: bars.map((b) => ({
      subject: b.subject,
      vendor: b.vendorName,
      period: formatPartialDate(b.period, lang),
      amount: b.text,
      bound: boundLabel(b.bound),
      currency: b.converted ? `${b.statedCurrency} → ${b.currency}` : b.currency,
      kind: kindLabel(b.tip.kind, lang),
      source: b.tip.sourceId,
      ...figureCells(b.figure),
    })),
  };
}
