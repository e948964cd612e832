import type { Region, SourceKind } from '../../../shared/api/contract';
import type { Currency, Lang } from '../../../shared/filters/state';
import { convertMoney } from '../../../shared/format/currency';
import { formatMoney, formatPartialDate, formatPercent, formatPlain } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import type { TipInfo } from '../../../shared/ui/tip';
import { errorOf, formatSpan, mapSpan, type Span } from './figures';
import { isForward, sectionOf, type Comparison, type LeftOut, type Section } from './revenueCompare';
import { isQuarterUnstated, type RevenueBasis, type RevenueFigure } from './revenueFigures';
import { fill } from './text';

/*
 * The comparison's figures as chart rows, tooltips, notes and table rows: the
 * text a reader sees, in the reader's currency and language. Pure.
 */

/** Words the marks need (the slice's messages satisfy this). */
export interface MarkWords {
  computed: string;
  derivedGrowth: string;
  derivedMultiple: string;
  alsoComputed: string;
  converted: string;
  sectionUs: string;
  sectionCn: string;
  sectionOther: string;
  sectionForward: string;
}

/** What a mark's numbers are in: growth in percent, or money in the reader's currency at the reader's rate. */
export interface MarkUnits {
  lang: Lang;
  currency: Currency;
  cnyPerUsd: number;
}

export interface RevenueMark {
  type: 'mark';
  key: string;
  figureId: string;
  series: string;
  /** The company (segment) as the company list names it. */
  label: string;
  vendorId: string | null;
  region: Region | null;
  period: string;
  /** Where the mark ends: a value, a range's middle, a bound. In the chart's unit. */
  value: number;
  span: Span;
  error: [number, number] | null;
  kind: SourceKind;
  forward: boolean;
  /** The article does not say which quarter (2024-QX): drawn with its year's named quarter, and says so. */
  quarterUnstated: boolean;
  /** How we derived the figure; null for a figure the article states. */
  derived: string | null;
  display: string;
  tip: TipInfo;
  /** Fill override (US vs China colours); the vendor's colour otherwise. */
  color?: string;
}

/** A section title between rows (US, China, "Guidance and forecasts — not results"). */
export interface HeadingRow {
  type: 'heading';
  key: string;
  label: string;
  section: Section;
  /** A number like every row's (the chart's mark draws nothing for a heading). */
  value: 0;
  error: null;
}

export type ChartRow = RevenueMark | HeadingRow;

const signed = (f: (n: number) => string) => (n: number) => (n > 0 ? `+${f(n)}` : f(n));

/** A figure as the article states it: money in its own currency, growth in percent. */
export function statedText(f: RevenueFigure, lang: Lang): string {
  if (f.basis === 'yoy-growth') {
    if (f.derived?.from === 'multiple') return `×${formatPlain(f.derived.multiple, lang)}`;
    return formatSpan(
      f.span,
      signed((n) => formatPercent(n, lang, 2)),
    );
  }
  return f.currency ? formatSpan(f.span, (n) => formatMoney(n, f.currency!, lang)) : formatSpan(f.span, String);
}

/** How a derived figure was computed, in words; null for a stated one. */
export function derivedText(
  f: RevenueFigure,
  lang: Lang,
  w: Pick<MarkWords, 'derivedGrowth' | 'derivedMultiple'>,
): string | null {
  const d = f.derived;
  if (!d) return null;
  if (d.from === 'multiple') return fill(w.derivedMultiple, { multiple: formatPlain(d.multiple, lang) });
  const money = (s: Span) => formatSpan(s, (n) => formatMoney(n, d.currency, lang));
  return fill(w.derivedGrowth, {
    prior: money(d.prior),
    current: money(d.current),
    priorPeriod: formatPartialDate(d.priorPeriod, lang),
  });
}

/** The figure's span in the chart's unit: growth as is, money converted to the reader's currency. */
export function spanIn(f: RevenueFigure, u: MarkUnits): Span {
  if (f.basis === 'yoy-growth' || !f.currency) return f.span;
  const from = f.currency;
  return mapSpan(f.span, (n) => convertMoney(n, from, u.currency, u.cnyPerUsd));
}

/** One figure as a chart mark with its tooltip (a duplicate's other statement goes in the tooltip). */
export function markOf(f: RevenueFigure, label: string, u: MarkUnits, w: MarkWords): RevenueMark {
  const { lang } = u;
  const span = spanIn(f, u);
  const display =
    f.basis === 'yoy-growth'
      ? formatSpan(
          span,
          signed((n) => formatPercent(n, lang, 2)),
        )
      : formatSpan(span, (n) => formatMoney(n, u.currency, lang));
  const derived = derivedText(f, lang, w);
  const notes: string[] = [];
  if (f.basis !== 'yoy-growth' && f.currency && f.currency !== u.currency)
    notes.push(`${w.converted}: ${statedText(f, lang)}`);
  for (const alt of f.alternates)
    notes.push(fill(w.alsoComputed, { value: statedText(alt, lang), how: derivedText(alt, lang, w) ?? w.computed }));
  if (f.note) notes.push(f.note[lang]);
  const title = `${label} · ${formatPartialDate(f.period, lang)}`;
  return {
    type: 'mark',
    key: f.id,
    figureId: f.id,
    series: f.series,
    label,
    vendorId: f.vendorId,
    region: f.region,
    period: f.period,
    value: span.point,
    span,
    error: errorOf(span),
    kind: f.kind,
    forward: isForward(f),
    quarterUnstated: isQuarterUnstated(f.period),
    derived,
    display,
    tip: {
      title,
      value: display,
      kind: f.kind,
      sourceId: f.sourceId,
      ...(derived ? { derived } : {}),
      ...(notes.length > 0 ? { note: notes.join(' · ') } : {}),
    },
  };
}

/**
 * The chart's rows: the marks in their order, with a section title where a
 * section starts — by region when grouped, and always before guidance and
 * forecasts, so they never read as results.
 */
export function chartRows(marks: readonly RevenueMark[], groupByRegion: boolean, w: MarkWords): ChartRow[] {
  const title: Record<Section, string> = {
    us: w.sectionUs,
    cn: w.sectionCn,
    other: w.sectionOther,
    forward: w.sectionForward,
  };
  const out: ChartRow[] = [];
  let last: Section | null | undefined;
  for (const m of marks) {
    const s = sectionOf(m, groupByRegion);
    if (s !== last && s !== null)
      out.push({ type: 'heading', key: `h-${s}`, label: title[s], section: s, value: 0, error: null });
    last = s;
    out.push(m);
  }
  return out;
}

/** Words of the "left out" note. */
export interface LeftOutWords {
  basisShort: Record<RevenueBasis, string>;
  leftOutBasis: string;
  leftOutPeriod: string;
  listSep: string;
  colon: string;
}

/** One line per reason a figure is not drawn: "annual, not quarterly: OpenAI (2024)". */
export function leftOutLines(
  c: Pick<Comparison, 'basis' | 'period' | 'leftOut'>,
  labelOf: (series: string) => string,
  lang: Lang,
  w: LeftOutWords,
): { text: string; count: number }[] {
  const chosenBasis = c.basis ? w.basisShort[c.basis] : '';
  const chosenPeriod = c.period ? formatPartialDate(c.period, lang) : '';
  return c.leftOut.map((g: LeftOut) => {
    const head =
      g.reason === 'basis'
        ? fill(w.leftOutBasis, { basis: w.basisShort[g.basis], chosen: chosenBasis })
        : fill(w.leftOutPeriod, { period: formatPartialDate(g.period, lang), chosen: chosenPeriod });
    const names = g.figures.map((f) => {
      const extra = [formatPartialDate(f.period, lang), ...(isForward(f) ? [kindLabel(f.kind, lang)] : [])];
      const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
      return g.reason === 'basis' ? `${labelOf(f.series)}${open}${extra.join(w.listSep)}${close}` : labelOf(f.series);
    });
    return { text: `${head}${w.colon}${names.join(w.listSep)}`, count: g.figures.length };
  });
}
