import { convertMoney } from '../../../shared/format/currency';
import type { Metric, MetricKey, Region, Source, SourceKind, Vendor } from '../../../shared/api/contract';
import type { Currency, GrowthMode, Lang } from '../../../shared/filters/state';
import { formatMoney, formatPartialDate, formatPercent, formatPlain } from '../../../shared/format/number';
import { collator } from '../../../shared/format/intl';
import { kindLabel } from '../../../shared/i18n/i18n';
import type { TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { fill } from './text';
import { errorOf, formatSpan, growthFromMultiple, growthPct, mapSpan, spanOf, type Span } from './figures';

/** Metric keys the revenue panel reads. API calls (usage, not revenue) are not among them. */
export const REVENUE_METRICS = [
  'revenue',
  'revenue-growth-yoy',
  'revenue-guidance',
  'annualized-revenue',
] as const satisfies readonly MetricKey[];
const AMOUNT_KEYS: ReadonlySet<MetricKey> = new Set<MetricKey>(['revenue', 'revenue-guidance', 'annualized-revenue']);

/** One company segment in one period: its revenue, its stated growth and the prior-period revenue it is compared with. */
export interface RevenueEntry {
  key: string;
  vendorId: string | null;
  subject: Metric['subject'];
  period: string;
  revenue: Metric | null;
  prior: Metric | null;
  growth: Metric | null;
}

/**
 * Groups revenue figures by subject and period. A revenue that another one
 * names as its `baselineId` is that one's prior period, not an entry of its own.
 */
export function revenueEntries(metrics: readonly Metric[]): RevenueEntry[] {
  const byId = new Map(metrics.map((m) => [m.id, m] as const));
  const baselines = new Set(metrics.filter((m) => AMOUNT_KEYS.has(m.metric) && m.baselineId).map((m) => m.baselineId!));
  const entries = new Map<string, RevenueEntry>();
  const entryOf = (m: Metric): RevenueEntry => {
    const key = `${m.vendorId ?? '-'}|${m.subject.en}|${m.period}`;
    let e = entries.get(key);
    if (!e) {
      e = { key, vendorId: m.vendorId, subject: m.subject, period: m.period, revenue: null, prior: null, growth: null };
      entries.set(key, e);
    }
    return e;
  };
  for (const m of metrics) {
    if (AMOUNT_KEYS.has(m.metric)) {
      if (baselines.has(m.id)) continue;
      const e = entryOf(m);
      if (!e.revenue) {
        e.revenue = m;
        const base = m.baselineId ? byId.get(m.baselineId) : undefined;
        e.prior = base && AMOUNT_KEYS.has(base.metric) ? base : null;
      }
    } else if (m.metric === 'revenue-growth-yoy') {
      const e = entryOf(m);
      if (!e.growth) e.growth = m;
    }
  }
  return [...entries.values()];
}

/**
 * The multiple a Chinese sentence states in words: 翻倍 / 翻一番 (doubling) is ×2,
 * 翻两番 is ×4. Null when it states none.
 */
export function multipleInQuote(quote: string): number | null {
  if (/翻兩番|翻两番/.test(quote)) return 4;
  if (/翻倍|翻一番/.test(quote)) return 2;
  return null;
}

/** Growth of a current over a prior figure as a span: ranges give the widest growth range. */
export function growthSpan(prior: Span, current: Span): Span {
  const point = growthPct(prior.point, current.point);
  const ranged = prior.bound === 'range' || current.bound === 'range';
  if (!ranged) {
    const approx = prior.bound !== 'exact' || current.bound !== 'exact';
    return { point, low: point, high: point, bound: approx ? 'approx' : 'exact' };
  }
  return { point, low: growthPct(prior.high, current.low), high: growthPct(prior.low, current.high), bound: 'range' };
}

export type FigureBasis = 'stated' | 'revenues' | 'multiple' | 'growth';

/** What feeds a mode for one entry: a stated figure or how we derived one. */
export interface ModeFigure {
  span: Span;
  basis: FigureBasis;
  /** The metric whose sentence backs the figure (for kind and source). */
  metric: Metric;
  /** For revenues-based figures: the prior and current spans. */
  prior?: Span;
  current?: Span;
  multiple?: number;
}

/** The growth figures of an entry: the stated one and, where both revenues are stated, the computed one (derived). */
export function growthFigures(e: RevenueEntry, quoteOf: (sourceId: string) => string | undefined): ModeFigure[] {
  const out: ModeFigure[] = [];
  if (e.growth) {
    const s = spanOf(e.growth);
    if (s) {
      if (e.growth.unit === 'multiple')
        out.push({ span: mapSpan(s, growthFromMultiple), basis: 'multiple', metric: e.growth, multiple: s.point });
      else out.push({ span: s, basis: 'stated', metric: e.growth });
    }
  }
  const cur = e.revenue ? spanOf(e.revenue) : null;
  const pri = e.prior ? spanOf(e.prior) : null;
  if (e.revenue && cur && pri && pri.point > 0 && e.prior!.currency === e.revenue.currency) {
    out.push({ span: growthSpan(pri, cur), basis: 'revenues', metric: e.revenue, prior: pri, current: cur });
  }
  if (out.length === 0 && e.revenue) {
    const multiple = multipleInQuote(quoteOf(e.revenue.sourceId) ?? '');
    if (multiple !== null) {
      const point = growthFromMultiple(multiple);
      out.push({
        span: { point, low: point, high: point, bound: 'exact' },
        basis: 'multiple',
        metric: e.revenue,
        multiple,
      });
    }
  }
  return out;
}

/** The index (prior period = 100) of an entry: from both revenues where stated, else from a stated growth or multiple. */
export function indexFigure(e: RevenueEntry, quoteOf: (sourceId: string) => string | undefined): ModeFigure | null {
  const figures = growthFigures(e, quoteOf);
  const pick = figures.find((f) => f.basis === 'revenues') ?? figures[0];
  if (!pick) return null;
  return { ...pick, span: mapSpan(pick.span, (g) => 100 + g), basis: pick.basis === 'stated' ? 'growth' : pick.basis };
}

/** The revenue of an entry in the reader's currency. */
export function amountFigure(e: RevenueEntry, to: Currency, cnyPerUsd: number): ModeFigure | null {
  if (!e.revenue || !e.revenue.currency) return null;
  const s = spanOf(e.revenue);
  if (!s) return null;
  const from = e.revenue.currency;
  return { span: mapSpan(s, (n) => convertMoney(n, from, to, cnyPerUsd)), basis: 'stated', metric: e.revenue };
}

export interface RevenueBar {
  key: string;
  vendorId: string | null;
  vendorName: string;
  region: Region | null;
  /** Category label: unique per bar. */
  label: string;
  subject: string;
  period: string;
  value: number;
  span: Span;
  /** [below, above] half-widths for an error bar; null for single values. */
  error: [number, number] | null;
  kind: SourceKind;
  /** How the figure was computed; null for stated figures. */
  derived: string | null;
  /** The figure as the article states it (original currency), for the table. */
  stated: string;
  display: string;
  sourceId: string;
  tip: TipInfo;
}

export interface RevenueWords {
  computed: string;
  derivedGrowth: string;
  derivedMultiple: string;
  derivedIndexRevenues: string;
  derivedIndexGrowth: string;
  derivedIndexMultiple: string;
  converted: string;
  priorPeriod: string;
}

export interface RevenueView {
  mode: GrowthMode;
  currency: Currency;
  cnyPerUsd: number;
  lang: Lang;
}

const signed = (f: (n: number) => string) => (n: number) => (n > 0 ? `+${f(n)}` : f(n));

function moneyText(m: Metric, lang: Lang): string {
  const s = spanOf(m);
  return s && m.currency ? formatSpan(s, (n) => formatMoney(n, m.currency!, lang)) : '—';
}

/**
 * The bars of one mode. Entries without a figure for the mode are returned in
 * `missing` (the panel names them in its notes instead of drawing nothing silently).
 */
export function revenueBars(
  entries: readonly RevenueEntry[],
  view: RevenueView,
  sources: ReadonlyMap<string, Pick<Source, 'kind' | 'quote'>>,
  vendors: ReadonlyMap<string, Pick<Vendor, 'name' | 'region'>>,
  w: RevenueWords,
): { bars: RevenueBar[]; missing: RevenueEntry[] } {
  const { lang } = view;
  const quoteOf = (id: string) => sources.get(id)?.quote;
  const pct = (n: number) => formatPercent(n, lang, 2);
  const bars: RevenueBar[] = [];
  const missing: RevenueEntry[] = [];
  for (const e of entries) {
    const figures: ModeFigure[] =
      view.mode === 'yoy'
        ? growthFigures(e, quoteOf)
        : view.mode === 'indexed'
          ? [indexFigure(e, quoteOf)].filter((f): f is ModeFigure => f !== null)
          : [amountFigure(e, view.currency, view.cnyPerUsd)].filter((f): f is ModeFigure => f !== null);
    if (figures.length === 0) {
      missing.push(e);
      continue;
    }
    const vendor = e.vendorId ? vendors.get(e.vendorId) : undefined;
    const subject = e.subject[lang];
    const period = formatPartialDate(e.period, lang);
    const stated = [
      e.revenue ? moneyText(e.revenue, lang) : null,
      e.growth
        ? formatSpan(
            spanOf(e.growth)!,
            signed((n) => (e.growth!.unit === 'multiple' ? `×${formatPlain(n, lang)}` : pct(n))),
          )
        : null,
    ]
      .filter(Boolean)
      .join(' · ');
    for (const f of figures) {
      const kind = sources.get(f.metric.sourceId)?.kind ?? 'reported';
      const unitFmt =
        view.mode === 'yoy'
          ? signed(pct)
          : view.mode === 'indexed'
            ? (n: number) => formatPlain(n, lang, 2)
            : (n: number) => formatMoney(n, view.currency, lang);
      const display = formatSpan(f.span, unitFmt);
      const derived = derivedText(f, e, view, w, lang);
      const extra = view.mode === 'yoy' && f.basis === 'revenues' && figures.length > 1 ? ` (${w.computed})` : '';
      const label = `${subject} · ${period}${extra}`;
      bars.push({
        key: `${e.key}|${f.basis}`,
        vendorId: e.vendorId,
        vendorName: vendor ? vendor.name[lang] : (e.vendorId ?? '—'),
        region: vendor?.region ?? null,
        label,
        subject,
        period: e.period,
        value: f.span.point,
        span: f.span,
        error: errorOf(f.span),
        kind,
        derived,
        stated: stated || '—',
        display,
        sourceId: f.metric.sourceId,
        tip: {
          title: label,
          value: display,
          kind,
          sourceId: f.metric.sourceId,
          ...(derived ? { derived } : {}),
          ...(view.mode === 'absolute' && e.revenue?.currency !== view.currency
            ? { note: `${w.converted}: ${moneyText(e.revenue!, lang)}` }
            : {}),
          ...(view.mode !== 'absolute' && e.prior
            ? { note: `${w.priorPeriod} (${formatPartialDate(e.prior.period, lang)}): ${moneyText(e.prior, lang)}` }
            : {}),
        },
      });
    }
  }
  return { bars, missing };
}

function derivedText(f: ModeFigure, e: RevenueEntry, view: RevenueView, w: RevenueWords, lang: Lang): string | null {
  const money = (n: number) => (e.revenue?.currency ? formatMoney(n, e.revenue.currency, lang) : formatPlain(n, lang));
  const vars = {
    prior: f.prior ? formatSpan(f.prior, money) : '',
    current: f.current ? formatSpan(f.current, money) : '',
    multiple: f.multiple !== undefined ? formatPlain(f.multiple, lang) : '',
    growth: e.growth && spanOf(e.growth) ? formatSpan(spanOf(e.growth)!, (n) => formatPercent(n, lang, 2)) : '',
  };
  if (view.mode === 'absolute') return null;
  if (view.mode === 'yoy') {
    if (f.basis === 'revenues') return fill(w.derivedGrowth, vars);
    if (f.basis === 'multiple') return fill(w.derivedMultiple, vars);
    return null;
  }
  if (f.basis === 'revenues') return fill(w.derivedIndexRevenues, vars);
  if (f.basis === 'multiple') return fill(w.derivedIndexMultiple, vars);
  return fill(w.derivedIndexGrowth, vars);
}

export type SortBy = 'value' | 'name';
const REGION_ORDER: Record<string, number> = { us: 0, cn: 1 };

/** Sorts bars by value (largest first) or by name; grouped by region (US, then China) when asked. */
export function sortBars<T extends RevenueBar>(
  bars: readonly T[],
  by: SortBy,
  groupByRegion: boolean,
  lang: Lang,
): T[] {
  const byName = collator(lang);
  return [...bars].sort((a, b) => {
    if (groupByRegion) {
      const r = (REGION_ORDER[a.region ?? ''] ?? 2) - (REGION_ORDER[b.region ?? ''] ?? 2);
      if (r !== 0) return r;
    }
    if (by === 'value' && a.value !== b.value) return b.value - a.value;
    return byName.compare(a.label, b.label);
  });
}

export interface RevenueTableWords {
  subject: string;
  vendor: string;
  region: string;
  period: string;
  value: string;
  stated: string;
  kind: string;
  derived: string;
  source: string;
  regionNames: Record<Region, string>;
}

export function revenueTable(bars: readonly RevenueBar[], lang: Lang, h: RevenueTableWords): TableSpec {
  return {
    columns: [
      { key: 'subject', header: h.subject },
      { key: 'vendor', header: h.vendor },
      { key: 'region', header: h.region },
      { key: 'period', header: h.period },
      { key: 'value', header: h.value, numeric: true },
      { key: 'stated', header: h.stated },
      { key: 'kind', header: h.kind },
      { key: 'derived', header: h.derived },
      { key: 'source', header: h.source, source: true },
    ],
    rows: bars.map((b) => ({
      subject: b.label,
      vendor: b.vendorName,
      region: b.region ? h.regionNames[b.region] : '—',
      period: formatPartialDate(b.period, lang),
      value: b.display,
      stated: b.stated,
      kind: kindLabel(b.kind, lang),
      derived: b.derived ?? '—',
      source: b.sourceId,
    })),
  };
}

/** A log axis domain of whole powers of ten around positive values, starting below the smallest. */
export function logDomain(values: readonly number[]): [number, number] {
  const pos = values.filter((v) => v > 0);
  if (pos.length === 0) return [1, 10];
  // Start a little below the smallest value, so its bar (or lower-bound marker) has length.
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...pos)) - 0.15));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...pos))));
  return [lo, hi === lo ? hi * 10 : hi];
}

/** A round step for about `n` ticks over `span`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, n = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / n;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

/** A linear domain from 0 (or below, for declines) to a round value a little past the largest one. */
export function linearDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const step = niceStep(hi - lo);
  const top = hi > 0 ? Math.ceil((hi * 1.04) / step) * step : step;
  const bottom = lo < 0 ? Math.floor((lo * 1.04) / step) * step : 0;
  return [bottom, top];
}
