import type {
  LocalizedText,
  Metric,
  MetricKey,
  Region,
  Source,
  SourceKind,
  Vendor,
} from '../../../shared/api/contract';
import type { Currency } from '../../../shared/filters/state';
import { growthFromMultiple, growthPct, mapSpan, spanOf, type Span } from './figures';

/*
 * The revenue panel's figures, each on one basis: what it measures and over
 * what period (quarterly revenue, annual revenue, annualised run-rate, year-on-
 * year growth). Figures on different bases are never drawn on one axis; the
 * basis comes from the metric key, its unit and its period, never from a name.
 */

/** Metric keys the revenue panel reads. API calls (usage, not revenue) are not among them. */
export const REVENUE_METRICS = [
  'revenue',
  'revenue-growth-yoy',
  'revenue-guidance',
  'annualized-revenue',
] as const satisfies readonly MetricKey[];

export type RevenueBasis =
  'quarterly-revenue' | 'half-year-revenue' | 'annual-revenue' | 'monthly-revenue' | 'arr' | 'yoy-growth';

/** The money bases, in the order a reader is offered them. */
export const MONEY_BASES: readonly RevenueBasis[] = [
  'quarterly-revenue',
  'half-year-revenue',
  'annual-revenue',
  'monthly-revenue',
  'arr',
];

export type Granularity = 'year' | 'half' | 'quarter' | 'month' | 'day';

/**
 * How long a period is: 2024 a year, 2024-H1 a half, 2024-Q3 a quarter (2024-QX
 * too: a quarter the article does not name), 2024-09 a month, 2024-09-30 a day.
 */
export function granularityOf(period: string): Granularity {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-H[12]$/.test(period)) return 'half';
  if (/^\d{4}-Q[1-4X]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return 'day';
  throw new RangeError(`not a period: ${period}`);
}

const AMOUNT_BY_GRANULARITY: Partial<Record<Granularity, RevenueBasis>> = {
  quarter: 'quarterly-revenue',
  half: 'half-year-revenue',
  year: 'annual-revenue',
  month: 'monthly-revenue',
};

/**
 * The basis of a metric, or null when it is none the panel can compare (a
 * revenue "on a day" has no period to compare over; a growth in points is not a
 * growth rate).
 */
export function basisOf(m: Pick<Metric, 'metric' | 'unit' | 'period'>): RevenueBasis | null {
  if (m.metric === 'revenue-growth-yoy') return m.unit === 'percent' || m.unit === 'multiple' ? 'yoy-growth' : null;
  if (m.unit !== 'currency') return null;
  if (m.metric === 'annualized-revenue') return 'arr';
  if (m.metric === 'revenue' || m.metric === 'revenue-guidance')
    return AMOUNT_BY_GRANULARITY[granularityOf(m.period)] ?? null;
  return null;
}

/** A quarter of the year that the article does not name (2024-QX: 阿里云“季度营收”). */
export function isQuarterUnstated(period: string): boolean {
  return /^\d{4}-QX$/.test(period);
}

/**
 * Whether a figure of `period` belongs with the figures of `chosen`: the same
 * period, or a quarter the article does not name in the chosen quarter's year
 * (it may be that quarter; the chart says its quarter is not stated).
 */
export function inPeriod(period: string, chosen: string): boolean {
  if (period === chosen) return true;
  return isQuarterUnstated(period) && /^\d{4}-Q[1-4]$/.test(chosen) && period.slice(0, 4) === chosen.slice(0, 4);
}

/** The same period one year earlier (2024-Q3 → 2023-Q3), for telling whether two revenues make a YoY growth. */
export function yearEarlier(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

/** Whether a kind states a result (a reported or estimated figure), not guidance, a forecast, a target or a claim. */
export function isResult(kind: SourceKind): boolean {
  return kind === 'reported' || kind === 'estimate';
}

export type DerivedHow =
  | { from: 'revenues'; prior: Span; current: Span; currency: Currency; priorPeriod: string }
  | { from: 'multiple'; multiple: number };

export interface RevenueFigure {
  /** Unique: the metric id, with `~computed` for a growth we computed. */
  id: string;
  metricId: string;
  /** One company segment (vendor and subject): a line in the company list, a series over periods. */
  series: string;
  vendorId: string | null;
  subject: LocalizedText;
  region: Region | null;
  basis: RevenueBasis;
  period: string;
  /** In the stated unit: money in `currency`, growth in percent. */
  span: Span;
  currency: Currency | null;
  kind: SourceKind;
  sourceId: string;
  /** Our reading of the figure (an implied quarter, a forecast's context), from the dataset. */
  note: LocalizedText | null;
  /** How we derived the figure; null when the article states it. */
  derived: DerivedHow | null;
  /**
   * The same figure stated another way (a growth computed from two revenues
   * beside the growth the article states): one mark, the other in its tooltip.
   */
  alternates: RevenueFigure[];
}

/** Series key of a metric: vendor and subject (a vendor may have several segments). */
export function seriesKey(m: Pick<Metric, 'vendorId' | 'subject'>): string {
  return `${m.vendorId ?? '-'}|${m.subject.en}`;
}

type Sources = ReadonlyMap<string, Pick<Source, 'kind'>>;
type Vendors = ReadonlyMap<string, Pick<Vendor, 'region'>>;

/**
 * Every revenue figure of the metrics on its basis. A growth computed from a
 * revenue and its year-earlier baseline (same basis and currency) is added as
 * a derived figure, or, where the article states that growth too, kept as the
 * stated one's alternate (one figure, shown once). Metrics on no basis are
 * returned in `unplaced`, so the panel can say what it left out.
 */
export function revenueFigures(
  metrics: readonly Metric[],
  sources: Sources,
  vendors: Vendors,
): { figures: RevenueFigure[]; unplaced: Metric[] } {
  const byId = new Map(metrics.map((m) => [m.id, m] as const));
  const figures: RevenueFigure[] = [];
  const unplaced: Metric[] = [];
  const base = (m: Metric, basis: RevenueBasis, span: Span): RevenueFigure => ({
    id: m.id,
    metricId: m.id,
    series: seriesKey(m),
    vendorId: m.vendorId,
    subject: m.subject,
    region: m.vendorId ? (vendors.get(m.vendorId)?.region ?? null) : null,
    basis,
    period: m.period,
    span,
    currency: m.currency,
    kind: sources.get(m.sourceId)?.kind ?? 'reported',
    sourceId: m.sourceId,
    note: m.note ?? null,
    derived: null,
    alternates: [],
  });
  const computed: RevenueFigure[] = [];
  for (const m of metrics) {
    const basis = basisOf(m);
    const span = spanOf(m);
    if (!basis || !span) {
      unplaced.push(m);
      continue;
    }
    if (basis === 'yoy-growth' && m.unit === 'multiple') {
      figures.push({
        ...base(m, basis, mapSpan(span, growthFromMultiple)),
        derived: { from: 'multiple', multiple: span.point },
      });
      continue;
    }
    figures.push(base(m, basis, span));
    const prior = m.baselineId ? byId.get(m.baselineId) : undefined;
    const priorSpan = prior ? spanOf(prior) : null;
    if (
      basis !== 'yoy-growth' &&
      prior &&
      priorSpan &&
      priorSpan.point > 0 &&
      isComparable(priorSpan) &&
      isComparable(span) &&
      basisOf(prior) === basis &&
      prior.currency === m.currency &&
      m.currency !== null &&
      // Two unnamed quarters a year apart need not be the same quarter: no growth from them.
      !isQuarterUnstated(m.period) &&
      prior.period === yearEarlier(m.period)
    ) {
      computed.push({
        ...base(m, 'yoy-growth', growthOf(priorSpan, span)),
        id: `${m.id}~computed`,
        currency: null,
        note: null,
        derived: { from: 'revenues', prior: priorSpan, current: span, currency: m.currency, priorPeriod: prior.period },
      });
    }
  }
  for (const c of computed) {
    const stated = figures.find((f) => f.basis === 'yoy-growth' && f.series === c.series && f.period === c.period);
    if (stated) stated.alternates.push(c);
    else figures.push(c);
  }
  return { figures, unplaced };
}

/** A bound ("more than", "at most") gives no growth: only a value, an approximate value or a range does. */
function isComparable(s: Span): boolean {
  return s.bound !== 'lower' && s.bound !== 'upper';
}

/** Growth of a current over a prior figure as a span: ranges give the widest growth range. */
export function growthOf(prior: Span, current: Span): Span {
  const point = growthPct(prior.point, current.point);
  const ranged = prior.bound === 'range' || current.bound === 'range';
  if (!ranged) {
    const approx = prior.bound !== 'exact' || current.bound !== 'exact';
    return { point, low: point, high: point, bound: approx ? 'approx' : 'exact' };
  }
  return { point, low: growthPct(prior.high, current.low), high: growthPct(prior.low, current.high), bound: 'range' };
}
