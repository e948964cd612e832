import type { Metric, MetricKey, Source, SourceKind } from '../../../shared/api/contract';
import type { Currency, Lang } from '../../../shared/filters/state';
import { formatMoney, formatPartialDate, formatPercent, formatPlain } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, metricFigure, spanFigure, type RowFigure, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { fill } from './text';
import { convertMoney } from '../../../shared/format/currency';
import { mapSpan, spanOf, formatSpan, type Span } from './figures';

export const LOSS_METRICS = ['revenue', 'loss', 'consumer-revenue-share'] as const satisfies readonly MetricKey[];

/** A company's revenue and loss for the same period, with the consumer share of revenue where stated. */
export interface LossCase {
  key: string;
  vendorId: string;
  period: string;
  revenue: Metric;
  loss: Metric;
  consumerShare: Metric | null;
}

/** Pairs each company's revenue with its loss of the same period (both in a currency). */
export function lossCases(metrics: readonly Metric[]): LossCase[] {
  const out: LossCase[] = [];
  for (const loss of metrics) {
    if (loss.metric !== 'loss' || !loss.vendorId || !loss.currency) continue;
    const revenue = metrics.find(
      (m) => m.metric === 'revenue' && m.vendorId === loss.vendorId && m.period === loss.period && m.currency,
    );
    if (!revenue) continue;
    const consumerShare =
      metrics.find(
        (m) =>
          m.metric === 'consumer-revenue-share' &&
          m.vendorId === loss.vendorId &&
          m.period === loss.period &&
          m.unit === 'percent',
      ) ?? null;
    out.push({
      key: `${loss.vendorId}|${loss.period}`,
      vendorId: loss.vendorId,
      period: loss.period,
      revenue,
      loss,
      consumerShare,
    });
  }
  return out;
}

/** Loss per unit of revenue: 5 B ÷ 3.4 B ≈ 1.47. Ranges give the widest ratio range. */
export function ratioSpan(numerator: Span, denominator: Span): Span {
  if (!(denominator.low > 0)) throw new RangeError('the denominator must be positive');
  const point = numerator.point / denominator.point;
  if (numerator.bound === 'range' || denominator.bound === 'range')
    return { point, low: numerator.low / denominator.high, high: numerator.high / denominator.low, bound: 'range' };
  const approx = numerator.bound !== 'exact' || denominator.bound !== 'exact';
  return { point, low: point, high: point, bound: approx ? 'approx' : 'exact' };
}

/** The part of an amount a percentage share is: ≈75 % of ≈3.4 B ≈ 2.55 B. */
export function shareOf(amount: Span, sharePercent: Span): Span {
  const f = (a: number, s: number) => (a * s) / 100;
  const point = f(amount.point, sharePercent.point);
  if (amount.bound === 'range' || sharePercent.bound === 'range')
    return { point, low: f(amount.low, sharePercent.low), high: f(amount.high, sharePercent.high), bound: 'range' };
  const approx = amount.bound !== 'exact' || sharePercent.bound !== 'exact';
  return { point, low: point, high: point, bound: approx ? 'approx' : 'exact' };
}

export type LossBarRole = 'revenue' | 'consumer' | 'loss';

export interface LossBar {
  key: string;
  role: LossBarRole;
  vendorId: string;
  period: string;
  label: string;
  value: number;
  span: Span;
  error: [number, number] | null;
  display: string;
  kind: SourceKind;
  derived: string | null;
  sourceId: string;
  /** For the CSV: the figure as the article states it (its own currency); a derived one from the stated figures. */
  figure: RowFigure;
  tip: TipInfo;
}

export interface LossWords {
  revenue: string;
  consumer: string;
  loss: string;
  derivedConsumer: string;
  converted: string;
}

/** The bars of one case: revenue, the consumer part of it (derived) and the loss, in the reader's currency. */
export function lossBars(
  c: LossCase,
  currency: Currency,
  cnyPerUsd: number,
  lang: Lang,
  sources: ReadonlyMap<string, Pick<Source, 'kind'>>,
  w: LossWords,
): LossBar[] {
  const money = (n: number) => formatMoney(n, currency, lang);
  const toView = (m: Metric): Span | null => {
    const s = spanOf(m);
    return s ? mapSpan(s, (n) => convertMoney(n, m.currency!, currency, cnyPerUsd)) : null;
  };
  const stated = (m: Metric) => {
    const s = spanOf(m);
    return s ? formatSpan(s, (n) => formatMoney(n, m.currency!, lang)) : '—';
  };
  const period = formatPartialDate(c.period, lang);
  const out: LossBar[] = [];
  const push = (
    role: LossBarRole,
    label: string,
    span: Span,
    m: Metric,
    derived: string | null,
    figure: (kind: SourceKind) => RowFigure = (kind) => metricFigure(m, kind),
  ) => {
    const kind = sources.get(m.sourceId)?.kind ?? 'reported';
    const display = formatSpan(span, money);
    const note = m.currency !== currency && role !== 'consumer' ? `${w.converted}: ${stated(m)}` : undefined;
    out.push({
      key: `${c.key}|${role}`,
      role,
      vendorId: c.vendorId,
      period: c.period,
      label,
      value: span.point,
      span,
      error: span.bound === 'range' ? [span.point - span.low, span.high - span.point] : null,
      display,
      kind,
      derived,
      sourceId: m.sourceId,
      figure: figure(kind),
      tip: {
        title: `${label} · ${period}`,
        value: display,
        kind,
        sourceId: m.sourceId,
        ...(derived ? { derived } : {}),
        ...(note ? { note } : {}),
      },
    });
  };
  const rev = toView(c.revenue);
  const loss = toView(c.loss);
  if (rev) push('revenue', w.revenue, rev, c.revenue, null);
  const share = c.consumerShare ? spanOf(c.consumerShare) : null;
  const statedRev = spanOf(c.revenue);
  if (rev && share && c.consumerShare) {
    const part = shareOf(rev, share);
    // The CSV's consumer part: the stated revenue times the stated share, in the revenue's own currency.
    const statedPart = statedRev ? shareOf(statedRev, share) : part;
    const partFigure = (kind: SourceKind) =>
      spanFigure(statedPart, { unit: 'currency', currency: c.revenue.currency, period: c.period, kind });
    push(
      'consumer',
      w.consumer,
      part,
      c.consumerShare,
      fill(w.derivedConsumer, {
        revenue: formatSpan(rev, money),
        share: formatSpan(share, (n) => formatPercent(n, lang)),
      }),
      partFigure,
    );
  }
  if (loss) push('loss', w.loss, loss, c.loss, null);
  return out;
}

/** The loss/revenue ratio of a case (derived), as a span; null when a figure is missing. */
export function lossRatio(c: LossCase): Span | null {
  const rev = spanOf(c.revenue);
  const loss = spanOf(c.loss);
  if (!rev || !loss || c.revenue.currency !== c.loss.currency || !(rev.low > 0)) return null;
  return ratioSpan(loss, rev);
}

export function formatRatio(s: Span, lang: Lang): string {
  return formatSpan(s, (n) => `${formatPlain(n, lang, 2)}×`);
}

export interface LossTableWords {
  item: string;
  vendor: string;
  period: string;
  value: string;
  kind: string;
  derived: string;
  source: string;
}

export function lossTable(
  bars: readonly LossBar[],
  vendorName: (id: string) => string,
  lang: Lang,
  h: LossTableWords,
): TableSpec {
  return {
    columns: [
      { key: 'item', header: h.item },
      { key: 'vendor', header: h.vendor },
      { key: 'period', header: h.period, screenOnly: true },
      { key: 'value', header: h.value, numeric: true, screenOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'derived', header: h.derived },
      { key: 'source', header: h.source, source: true },
    ],
    rows: bars.map((b) => ({
      item: b.label,
      vendor: vendorName(b.vendorId),
      period: formatPartialDate(b.period, lang),
      value: b.display,
      kind: kindLabel(b.kind, lang),
      derived: b.derived ?? '—',
      source: b.sourceId,
      ...figureCells(b.figure),
    })),
  };
}
