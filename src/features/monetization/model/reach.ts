import type { Metric, MetricKey, Region, Source, SourceKind, Vendor } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/filters/state';
import { formatCompact, formatPartialDate, formatPercent } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, metricFigure, spanFigure, type RowFigure, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { fill } from './text';
import { errorOf, spanOf, formatSpan, type Span } from './figures';

export const USER_METRICS = [
  'weekly-active-users',
  'daily-active-users',
  'monthly-active-users',
] as const satisfies readonly MetricKey[];
export const REACH_METRICS = [
  ...USER_METRICS,
  'paying-conversion-target',
  'advertisers-using-genai',
] as const satisfies readonly MetricKey[];

/** Payers implied by a conversion target: 250 M weekly actives × 5–6 % = 12.5–15 M. */
export function impliedPayers(actives: Span, targetPercent: Span): Span {
  const low = (actives.low * targetPercent.low) / 100;
  const high = (actives.high * targetPercent.high) / 100;
  if (low === high)
    return {
      point: low,
      low,
      high,
      bound: actives.bound === 'exact' && targetPercent.bound === 'exact' ? 'exact' : 'approx',
    };
  return { point: (low + high) / 2, low, high, bound: 'range' };
}

export type ReachRole = 'users' | 'payers' | 'advertisers';

export interface ReachBar {
  key: string;
  role: ReachRole;
  metric: MetricKey;
  vendorId: string;
  vendorName: string;
  label: string;
  period: string;
  value: number;
  span: Span;
  error: [number, number] | null;
  display: string;
  kind: SourceKind;
  derived: string | null;
  sourceId: string;
  /** For the CSV: the count as stated, or the payers derived (users, from the target's sentence). */
  figure: RowFigure;
  tip: TipInfo;
}

export interface ReachWords {
  metricNames: Record<(typeof REACH_METRICS)[number], string>;
  payers: string;
  derivedPayers: string;
  usersUnit: string;
  advertisersUnit: string;
}

const USER_SET: ReadonlySet<string> = new Set(USER_METRICS);

/**
 * Reach of the US side: user counts, advertisers, and the payers a conversion
 * target implies (derived from the weekly actives of the same vendor). Figures
 * of Chinese vendors belong to the China slice and are left out.
 */
export function reachBars(
  metrics: readonly Metric[],
  vendors: ReadonlyMap<string, Pick<Vendor, 'name' | 'region'>>,
  sources: ReadonlyMap<string, Pick<Source, 'kind'>>,
  lang: Lang,
  w: ReachWords,
): { bars: ReachBar[]; targets: Metric[] } {
  const region = (id: string | null): Region | undefined => (id ? (vendors.get(id)?.region ?? undefined) : undefined);
  const mine = metrics.filter((m) => m.vendorId && region(m.vendorId) === 'us');
  const count = (n: number) => formatCompact(n, lang);
  const bars: ReachBar[] = [];
  const make = (
    role: ReachRole,
    m: Metric,
    span: Span,
    label: string,
    unit: string,
    derived: string | null,
    kind: SourceKind,
  ): ReachBar => {
    const display = `${formatSpan(span, count)} ${unit}`;
    const vendorName = vendors.get(m.vendorId!)?.name[lang] ?? m.vendorId!;
    return {
      key: `${m.id}|${role}`,
      role,
      metric: m.metric,
      vendorId: m.vendorId!,
      vendorName,
      label,
      period: m.period,
      value: span.point,
      span,
      error: errorOf(span),
      display,
      kind,
      derived,
      sourceId: m.sourceId,
      figure:
        role === 'payers'
          ? spanFigure(span, { unit: 'users', currency: null, period: m.period, kind })
          : metricFigure(m, kind),
      tip: {
        title: `${label} · ${formatPartialDate(m.period, lang)}`,
        value: display,
        kind,
        sourceId: m.sourceId,
        ...(derived ? { derived } : {}),
        ...(m.note ? { note: m.note[lang] } : {}),
      },
    };
  };
  const kindOf = (m: Metric) => sources.get(m.sourceId)?.kind ?? 'reported';
  for (const m of mine) {
    const s = spanOf(m);
    if (!s) continue;
    if (USER_SET.has(m.metric) && m.unit === 'users') {
      bars.push(
        make(
          'users',
          m,
          s,
          `${m.subject[lang]} · ${w.metricNames[m.metric as (typeof USER_METRICS)[number]]}`,
          w.usersUnit,
          null,
          kindOf(m),
        ),
      );
    } else if (m.metric === 'advertisers-using-genai') {
      bars.push(
        make(
          'advertisers',
          m,
          s,
          `${vendors.get(m.vendorId!)?.name[lang] ?? m.vendorId!} · ${w.metricNames['advertisers-using-genai']}`,
          w.advertisersUnit,
          null,
          kindOf(m),
        ),
      );
    }
  }
  const targets = mine.filter((m) => m.metric === 'paying-conversion-target' && m.unit === 'percent');
  for (const t of targets) {
    const ts = spanOf(t);
    const base =
      mine.find((m) => m.metric === 'weekly-active-users' && m.vendorId === t.vendorId && m.period === t.period) ??
      mine.find((m) => m.metric === 'weekly-active-users' && m.vendorId === t.vendorId);
    const bs = base ? spanOf(base) : null;
    if (!ts || !bs || !base) continue;
    const payers = impliedPayers(bs, ts);
    const derived = fill(w.derivedPayers, {
      actives: formatSpan(bs, count),
      target: formatSpan(ts, (n) => formatPercent(n, lang)),
    });
    const vendorName = vendors.get(t.vendorId!)?.name[lang] ?? t.vendorId!;
    bars.push(make('payers', t, payers, `${vendorName} · ${w.payers}`, w.usersUnit, derived, kindOf(t)));
  }
  return { bars, targets };
}

export interface ReachTableWords {
  item: string;
  vendor: string;
  period: string;
  value: string;
  kind: string;
  derived: string;
  source: string;
}

export function reachTable(bars: readonly ReachBar[], lang: Lang, h: ReachTableWords): TableSpec {
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
      vendor: b.vendorName,
      period: formatPartialDate(b.period, lang),
      value: b.display,
      kind: kindLabel(b.kind, lang),
      derived: b.derived ?? '—',
      source: b.sourceId,
      ...figureCells(b.figure),
    })),
  };
}
