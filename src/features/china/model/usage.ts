import type { Metric, MetricKey, SourceKind } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/filters/state';
import { partialDateToMs } from '../../../shared/charts/time';
import { capEven, capTop, cappedTotals, type Capped } from '../../../shared/charts/markCap';
import { formatCompact, formatPartialDate, formatPlain } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, metricFigure, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { boundedText, placeMetric } from './bounds';

export const USER_METRICS = ['daily-active-users', 'monthly-active-users'] as const satisfies readonly MetricKey[];
export const CALL_METRICS = ['api-calls-daily', 'api-calls-growth'] as const satisfies readonly MetricKey[];
export const USAGE_METRICS: MetricKey[] = [...USER_METRICS, ...CALL_METRICS];

export interface UsagePoint {
  id: string;
  vendorId: string | null;
  /** Series key: vendor and subject, so two products of one vendor stay apart. */
  series: string;
  subject: string;
  metric: MetricKey;
  period: string;
  x: number;
  /** Where the mark goes (the value, or the lower bound for "more than"). */
  y: number;
  /** A bound ("more than"): drawn as an open marker with "≥", never as an exact value. */
  open: boolean;
  label: string;
  sourceId: string;
  tip: TipInfo;
}

export interface UsageWords {
  metricLabel: (k: MetricKey) => string;
  unitWord: (k: MetricKey) => string;
}

const seriesKey = (m: Metric) => `${m.vendorId ?? '-'}|${m.subject.en}`;

/** Usage figures placed on the time axis; ranges are not expected here and are skipped rather than guessed. */
export function usagePoints(
  metrics: readonly Metric[],
  keys: readonly MetricKey[],
  lang: Lang,
  w: UsageWords,
  kindOf: (s: string) => SourceKind,
): UsagePoint[] {
  return metrics
    .filter((m) => keys.includes(m.metric))
    .flatMap((m): UsagePoint[] => {
      const p = placeMetric(m);
      if (p.at === null || p.at <= 0) return [];
      const label = boundedText(m, (n) => formatCompact(n, lang));
      return [
        {
          id: m.id,
          vendorId: m.vendorId,
          series: seriesKey(m),
          subject: m.subject[lang],
          metric: m.metric,
          period: m.period,
          x: partialDateToMs(m.period),
          y: p.at,
          open: p.open,
          label,
          sourceId: m.sourceId,
          tip: {
            title: `${m.subject[lang]} · ${w.metricLabel(m.metric)} · ${formatPartialDate(m.period, lang)}`,
            value: `${label} ${w.unitWord(m.metric)}`,
            kind: kindOf(m.sourceId),
            sourceId: m.sourceId,
            note: m.note?.[lang],
          },
        },
      ];
    })
    .sort((a, b) => a.x - b.x);
}

export interface UsageSeries {
  key: string;
  vendorId: string | null;
  subject: string;
  points: UsagePoint[];
}

/** Points of one metric split into series (per vendor and subject), each in time order. */
export function seriesOf(points: readonly UsagePoint[]): UsageSeries[] {
  const out = new Map<string, UsageSeries>();
  for (const p of points) {
    const s = out.get(p.series) ?? { key: p.series, vendorId: p.vendorId, subject: p.subject, points: [] };
    s.points.push(p);
    out.set(p.series, s);
  }
  return [...out.values()];
}

export interface Multiple {
  series: string;
  vendorId: string | null;
  fromId: string;
  toId: string;
  fromPeriod: string;
  toPeriod: string;
  /** later ÷ earlier, computed here. */
  derived: number;
  /** The multiple the article states for the same subject and period (api-calls-growth), if any. */
  stated: { value: number; sourceId: string; id: string } | null;
  /** Derived and stated agree within rounding (1 %). */
  agrees: boolean | null;
  x: number;
  y: number;
}

/**
 * Multiples between consecutive exact daily-call figures of a series, next to
 * the stated growth multiple (metric api-calls-growth of the same vendor,
 * subject and period). Bounds are never divided: a "more than" has no ratio.
 */
export function callMultiples(metrics: readonly Metric[]): Multiple[] {
  const calls = metrics.filter(
    (m) =>
      m.metric === 'api-calls-daily' &&
      (m.bound === 'exact' || m.bound === 'approx') &&
      m.value !== null &&
      m.value > 0,
  );
  const stated = metrics.filter((m) => m.metric === 'api-calls-growth' && m.value !== null);
  const bySeries = new Map<string, Metric[]>();
  for (const m of calls) bySeries.set(seriesKey(m), [...(bySeries.get(seriesKey(m)) ?? []), m]);
  const out: Multiple[] = [];
  for (const [series, list] of bySeries) {
    const sorted = [...list].sort((a, b) => partialDateToMs(a.period) - partialDateToMs(b.period));
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      const derived = b.value! / a.value!;
      const s = stated.find((g) => seriesKey(g) === series && g.period === b.period);
      out.push({
        series,
        vendorId: b.vendorId,
        fromId: a.id,
        toId: b.id,
        fromPeriod: a.period,
        toPeriod: b.period,
        derived,
        stated: s ? { value: s.value!, sourceId: s.sourceId, id: s.id } : null,
        agrees: s ? Math.abs(derived - s.value!) / s.value! <= 0.01 : null,
        x: partialDateToMs(b.period),
        y: b.value!,
      });
    }
  }
  return out;
}

export interface UsageHeaders {
  subject: string;
  metric: string;
  period: string;
  value: string;
  unit: string;
  bound: string;
  kind: string;
  derived: string;
  source: string;
}

export interface UsageTableWords extends UsageWords {
  boundLabel: (b: Metric['bound']) => string;
  derivedLabel: string;
  multipleLabel: string;
  /** How the multiple was computed, e.g. "1.5B ÷ 50M". */
  howDerived: (from: string, to: string) => string;
  timesWord: string;
}

/** The table: every figure the charts show, then the derived multiples. */
export function usageTable(
  metrics: readonly Metric[],
  lang: Lang,
  h: UsageHeaders,
  w: UsageTableWords,
  kindOf: (s: string) => SourceKind,
): TableSpec {
  const shown = metrics.filter((m) => USAGE_METRICS.includes(m.metric));
  const rows: TableSpec['rows'] = shown.map((m) => ({
    subject: m.subject[lang],
    metric: w.metricLabel(m.metric),
    period: formatPartialDate(m.period, lang),
    value: boundedText(m, (n) => (m.unit === 'multiple' ? `${formatPlain(n, lang)}×` : formatCompact(n, lang, 4))),
    unit: w.unitWord(m.metric),
    bound: w.boundLabel(m.bound),
    kind: kindLabel(kindOf(m.sourceId), lang),
    derived: null,
    source: m.sourceId,
    ...figureCells(metricFigure(m, kindOf(m.sourceId))),
  }));
  const byId = new Map(shown.map((m) => [m.id, m]));
  for (const x of callMultiples(shown)) {
    const a = byId.get(x.fromId)!;
    const b = byId.get(x.toId)!;
    rows.push({
      subject: b.subject[lang],
      metric: w.multipleLabel,
      period: `${formatPartialDate(x.fromPeriod, lang)} → ${formatPartialDate(x.toPeriod, lang)}`,
      value: `${formatPlain(x.derived, lang, 1)}×`,
      unit: w.timesWord,
      bound: w.boundLabel('exact'),
      kind: '—',
      derived: `${w.derivedLabel}: ${w.howDerived(formatCompact(b.value!, lang, 4), formatCompact(a.value!, lang, 4))}`,
      source: b.sourceId,
      // Derived: the later figure ÷ the earlier, over the interval between them (ISO 8601: start/end).
      ...figureCells({ value: x.derived, bound: 'exact', unit: 'multiple', period: `${x.fromPeriod}/${x.toPeriod}` }),
    });
  }
  return {
    columns: [
      { key: 'subject', header: h.subject },
      { key: 'metric', header: h.metric },
      { key: 'period', header: h.period, screenOnly: true },
      { key: 'value', header: h.value, numeric: true, screenOnly: true },
      { key: 'unit', header: h.unit, screenOnly: true },
      { key: 'bound', header: h.bound, screenOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'derived', header: h.derived },
      { key: 'source', header: h.source, source: true },
    ],
    rows,
  };
}

/**
 * Marks the two charts draw: call series (a line, its dots and labels and the
 * multiples' labels, ~18 SVG elements for two points) and user points (~7
 * each). The article has one call series and two user figures; the caps keep
 * a panel of 100× as many under the bench budget (~210 fixed + 10 × 18 + 24 × 7
 * ≈ 560 elements) and the 190 px charts legible.
 */
export const USAGE_CAPS = { callSeries: 10, userPoints: 24 };

export interface ShownUsage<U extends UsagePoint> {
  /** The call series drawn, in their order. */
  callSeries: UsageSeries[];
  /** The call points drawn (those of the series drawn), of all call points. */
  calls: Capped<UsagePoint>;
  /** The user points drawn, of all. */
  users: Capped<U>;
  /** Whether a multiple is drawn: it sits on a series drawn. */
  drawsMultiple: (x: Pick<Multiple, 'series'>) => boolean;
  /** For one note over both charts, counted in points. */
  totals: { shown: number; total: number; thinned: boolean };
}

/**
 * What the usage charts draw: every mark at the article's scale. Beyond the
 * caps, the call series with the largest latest figure (data order on ties,
 * kept in their order) and user points spread evenly over time (first and
 * last kept). The table lists every figure either way.
 */
export function shownUsage<U extends UsagePoint>(
  calls: readonly UsagePoint[],
  users: readonly U[],
  caps: { callSeries: number; userPoints: number } = USAGE_CAPS,
): ShownUsage<U> {
  const all = seriesOf(calls);
  const latest = (s: UsageSeries) => s.points.at(-1)?.y ?? 0;
  const ranked = all
    .map((s, i) => ({ s, i }))
    .sort((a, b) => latest(b.s) - latest(a.s) || a.i - b.i)
    .map((x) => x.s);
  const series = capTop(ranked, caps.callSeries);
  const keep = new Set(series.shown);
  const callSeries = all.filter((s) => keep.has(s));
  const keys = new Set(callSeries.map((s) => s.key));
  const shownCalls: Capped<UsagePoint> = {
    shown: calls.filter((p) => keys.has(p.series)),
    total: calls.length,
    thinned: series.thinned,
  };
  const shownUsers = capEven(
    [...users].sort((a, b) => a.x - b.x),
    caps.userPoints,
  );
  return {
    callSeries,
    calls: shownCalls,
    users: shownUsers,
    drawsMultiple: (x) => keys.has(x.series),
    totals: cappedTotals(shownCalls, shownUsers),
  };
}
