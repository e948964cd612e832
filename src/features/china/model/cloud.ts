import { convertMoney } from '../../../shared/format/currency';
import { capTop, type Capped } from '../../../shared/charts/markCap';
import type { Metric, MetricKey, SourceKind } from '../../../shared/api/contract';
import type { Currency, Lang } from '../../../shared/filters/state';
import { partialDateToMs } from '../../../shared/charts/time';
import { formatMoney, formatPartialDate, formatPercent } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, metricFigure, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { boundedText, placeMetric } from './bounds';

/** Metrics the Chinese side of the panel asks for (region cn). */
export const CN_CLOUD_METRICS: MetricKey[] = ['revenue', 'revenue-growth-yoy', 'ai-revenue-share'];
/** Metrics and vendors of the panel's own US comparison (region us). */
export const US_CLOUD_METRICS: MetricKey[] = ['revenue', 'revenue-guidance', 'revenue-growth-yoy'];
export const US_CLOUD_VENDORS = ['google', 'microsoft'];

export type Measure = 'growth' | 'ai-growth' | 'ai-share';

export interface CloudFigure {
  metric: Metric;
  kind: SourceKind;
}

export interface Cloud {
  vendorId: string;
  name: string;
  /** True for the US clouds added by the comparison toggle. */
  comparison: boolean;
  revenue: CloudFigure | null;
  measures: { measure: Measure; figure: CloudFigure }[];
}

const latest = (ms: readonly Metric[]) =>
  [...ms].sort((a, b) => partialDateToMs(b.period) - partialDateToMs(a.period))[0] ?? null;

/**
 * One entry per vendor: its latest cloud revenue (or revenue guidance) and,
 * for the same period, the growth of the same subject ('growth'), the growth
 * of another subject of the vendor (its AI-related products: 'ai-growth') and
 * the AI revenue share.
 */
export function clouds(
  metrics: readonly Metric[],
  comparison: boolean,
  lang: Lang,
  kindOf: (s: string) => SourceKind,
): Cloud[] {
  const vendorIds: string[] = [];
  for (const m of metrics) if (m.vendorId && !vendorIds.includes(m.vendorId)) vendorIds.push(m.vendorId);
  const fig = (m: Metric): CloudFigure => ({ metric: m, kind: kindOf(m.sourceId) });
  return vendorIds.flatMap((id): Cloud[] => {
    const own = metrics.filter((m) => m.vendorId === id);
    const rev =
      latest(own.filter((m) => m.metric === 'revenue')) ?? latest(own.filter((m) => m.metric === 'revenue-guidance'));
    const period = rev?.period ?? latest(own)?.period;
    const inPeriod = own.filter((m) => m.period === period);
    const subject = rev?.subject.en;
    const growths = inPeriod.filter((m) => m.metric === 'revenue-growth-yoy');
    const growth = growths.find((m) => subject === undefined || m.subject.en === subject);
    const measures: Cloud['measures'] = [];
    if (growth) measures.push({ measure: 'growth', figure: fig(growth) });
    for (const m of growths) if (m !== growth) measures.push({ measure: 'ai-growth', figure: fig(m) });
    for (const m of inPeriod.filter((x) => x.metric === 'ai-revenue-share'))
      measures.push({ measure: 'ai-share', figure: fig(m) });
    if (!rev && measures.length === 0) return [];
    const name = (rev ?? measures[0]!.figure.metric).subject[lang];
    return [{ vendorId: id, name, comparison, revenue: rev ? fig(rev) : null, measures }];
  });
}

export interface Display {
  currency: Currency;
  cnyPerUsd: number;
  lang: Lang;
}

export interface CloudWords {
  measureLabel: (m: Measure) => string;
  guidance: string;
  /** "4.9B CNY ÷ 7.2 CNY per USD (your rate)" */
  converted: (reported: string, rate: string, op: '÷' | '×') => string;
}

export interface RevenueBar {
  key: string;
  vendorId: string;
  label: string;
  /** A number for a point figure, [low, high] for a range (drawn floating). */
  value: number | [number, number];
  isRange: boolean;
  text: string;
  comparison: boolean;
  tip: TipInfo;
}

function money(
  m: Metric,
  d: Display,
): { value: number | [number, number]; text: string; reported: string; converted: boolean } | null {
  const p = placeMetric(m);
  const from = m.currency;
  if (!from) return null;
  const conv = (n: number) => convertMoney(n, from, d.currency, d.cnyPerUsd);
  const text = boundedText(m, (n) => formatMoney(conv(n), d.currency, d.lang));
  const reported = boundedText(m, (n) => formatMoney(n, from, d.lang));
  if (p.isRange) {
    if (p.low === null || p.high === null) return null;
    return { value: [conv(p.low), conv(p.high)], text, reported, converted: from !== d.currency };
  }
  if (p.at === null) return null;
  return { value: conv(p.at), text, reported, converted: from !== d.currency };
}

/**
 * Chinese clouds the panel draws (a revenue bar and up to three rows of the %
 * chart each, ~33 SVG elements). The article has 2; the cap keeps a panel of
 * 100× as many under the bench budget (~130 fixed, ~40 more with the US
 * comparison, + 33 per cloud ≈ 570 elements) and the revenue bars' labels legible.
 */
export const CLOUD_CAP = 12;

/**
 * The clouds drawn: all up to `cap` Chinese clouds, else the `cap` with the
 * largest revenue in the display currency (clouds without revenue last, data
 * order breaking ties), in their data order. The US comparison clouds are the
 * panel's own fixed pair (US_CLOUD_VENDORS) and always stay.
 */
export function shownClouds(cs: readonly Cloud[], d: Display, cap = CLOUD_CAP): Capped<Cloud> {
  const size = (c: Cloud) => {
    const v = c.revenue ? money(c.revenue.metric, d)?.value : undefined;
    return v === undefined ? -Infinity : Array.isArray(v) ? (v[0] + v[1]) / 2 : v;
  };
  const cn = cs
    .filter((c) => !c.comparison)
    .map((c, i) => ({ c, i, size: size(c) }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .map((x) => x.c);
  const capped = capTop(cn, cap);
  const keep = new Set(capped.shown);
  return { shown: cs.filter((c) => c.comparison || keep.has(c)), total: cs.length, thinned: capped.thinned };
}

/** The revenue chart's bars in the display currency; converted figures say how, in their tip. */
export function revenueBars(cs: readonly Cloud[], d: Display, w: CloudWords): RevenueBar[] {
  const rate = String(d.cnyPerUsd);
  return cs.flatMap((c): RevenueBar[] => {
    const f = c.revenue;
    if (!f) return [];
    const mny = money(f.metric, d);
    if (!mny) return [];
    const m = f.metric;
    const guid = m.metric === 'revenue-guidance';
    return [
      {
        key: m.id,
        vendorId: c.vendorId,
        label: c.name,
        value: mny.value,
        isRange: Array.isArray(mny.value),
        text: guid ? `${mny.text} (${w.guidance})` : mny.text,
        comparison: c.comparison,
        tip: {
          title: `${c.name} · ${formatPartialDate(m.period, d.lang)}`,
          value: mny.text,
          kind: f.kind,
          sourceId: m.sourceId,
          derived: mny.converted ? w.converted(mny.reported, rate, m.currency === 'CNY' ? '÷' : '×') : undefined,
          note: m.note?.[d.lang],
        },
      },
    ];
  });
}

export interface PercentRow {
  key: string;
  vendorId: string;
  label: string;
  measure: Measure;
  /** Bar: a number, or [low, high] for a range; null for bounds. */
  bar: number | [number, number] | null;
  /** Open marker at the lower bound ("more than"). */
  open: number | null;
  text: string;
  comparison: boolean;
  tip: TipInfo;
}

/** Growth and AI share, one row per cloud and measure; bounds become open markers, never bars. */
export function percentRows(cs: readonly Cloud[], lang: Lang, w: Pick<CloudWords, 'measureLabel'>): PercentRow[] {
  return cs.flatMap((c) =>
    c.measures.flatMap(({ measure, figure }): PercentRow[] => {
      const m = figure.metric;
      const p = placeMetric(m);
      const text = boundedText(m, (n) => formatPercent(n, lang));
      const bar =
        p.isRange && p.low !== null && p.high !== null ? ([p.low, p.high] as [number, number]) : p.open ? null : p.at;
      const open = p.open && m.bound === 'lower' ? p.at : null;
      if (bar === null && open === null) return [];
      return [
        {
          key: m.id,
          vendorId: c.vendorId,
          label: `${c.name} · ${w.measureLabel(measure)}`,
          measure,
          bar,
          open,
          text,
          comparison: c.comparison,
          tip: {
            title: `${m.subject[lang]} · ${w.measureLabel(measure)} · ${formatPartialDate(m.period, lang)}`,
            value: text,
            kind: figure.kind,
            sourceId: m.sourceId,
            note: m.note?.[lang],
          },
        },
      ];
    }),
  );
}

/** Periods of the revenue figures shown, in display form, for the subtitle. */
export function revenuePeriods(cs: readonly Cloud[], lang: Lang): string {
  const ps = [...new Set(cs.flatMap((c) => (c.revenue ? [c.revenue.metric.period] : [])))].sort();
  return ps.map((p) => formatPartialDate(p, lang)).join(', ');
}

export interface CloudHeaders {
  cloud: string;
  measure: string;
  period: string;
  value: string;
  reported: string;
  bound: string;
  kind: string;
  derived: string;
  source: string;
}

export interface CloudTableWords extends CloudWords {
  revenueLabel: string;
  guidanceLabel: string;
  boundLabel: (b: Metric['bound']) => string;
  comparisonTag: string;
}

export function cloudTable(cs: readonly Cloud[], d: Display, h: CloudHeaders, w: CloudTableWords): TableSpec {
  const rate = String(d.cnyPerUsd);
  const rows: TableSpec['rows'] = [];
  for (const c of cs) {
    const name = c.comparison ? `${c.name} (${w.comparisonTag})` : c.name;
    const f = c.revenue;
    const mny = f ? money(f.metric, d) : null;
    if (f && mny) {
      rows.push({
        cloud: name,
        measure: f.metric.metric === 'revenue-guidance' ? w.guidanceLabel : w.revenueLabel,
        period: formatPartialDate(f.metric.period, d.lang),
        value: mny.text,
        reported: mny.reported,
        bound: w.boundLabel(f.metric.bound),
        kind: kindLabel(f.kind, d.lang),
        derived: mny.converted ? w.converted(mny.reported, rate, f.metric.currency === 'CNY' ? '÷' : '×') : null,
        source: f.metric.sourceId,
        // The revenue as the article states it, in its own currency (the screen may show it converted).
        ...figureCells(metricFigure(f.metric, f.kind)),
      });
    }
    for (const { measure, figure } of c.measures) {
      const text = boundedText(figure.metric, (n) => formatPercent(n, d.lang));
      rows.push({
        cloud: name,
        measure: w.measureLabel(measure),
        period: formatPartialDate(figure.metric.period, d.lang),
        value: text,
        reported: text,
        bound: w.boundLabel(figure.metric.bound),
        kind: kindLabel(figure.kind, d.lang),
        derived: null,
        source: figure.metric.sourceId,
        ...figureCells(metricFigure(figure.metric, figure.kind)),
      });
    }
  }
  return {
    columns: [
      { key: 'cloud', header: h.cloud },
      { key: 'measure', header: h.measure },
      { key: 'period', header: h.period, screenOnly: true },
      { key: 'value', header: h.value, numeric: true, screenOnly: true },
      { key: 'reported', header: h.reported, numeric: true, screenOnly: true },
      { key: 'bound', header: h.bound, screenOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      // The display's conversion at the reader's rate: the CSV writes the figure as stated, unconverted.
      { key: 'derived', header: h.derived, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows,
  };
}
