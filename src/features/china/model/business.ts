import type { Claim, Metric, MetricKey, SourceKind } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/filters/state';
import { formatCompact, formatMoney, formatPartialDate, formatPercent } from '../../../shared/format/number';
import { partialDateToMs } from '../../../shared/charts/time';
import { figureCells, metricFigure, type RowFigure, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { boundedText } from './bounds';

/** The business models of China's large-model vendors, as the article names them (columns of the matrix). */
export const BUSINESS_MODELS = [
  'subscription',
  'token',
  'price-war',
  'tipping',
  'api-use',
  'cloud-ai',
  'maas',
  'undisclosed',
] as const;
export type BusinessModel = (typeof BUSINESS_MODELS)[number];

/** The row of industry-wide statements (claims without a vendor). */
export const INDUSTRY = '*';

/**
 * Our reading of the claims: which claim speaks of which business model, for
 * which vendor (INDUSTRY for claims about Chinese vendors at large). A claim
 * names several vendors in different roles (Tencent undisclosed, Alibaba and
 * Baidu earning in the cloud), so a reading names the vendor. A reading only
 * shows when its claim is in the data the panel received.
 */
export const CLAIM_READINGS: readonly { claimId: string; vendorId: string; model: BusinessModel }[] = [
  { claimId: 'china-membership', vendorId: INDUSTRY, model: 'subscription' },
  { claimId: 'subscription-mainstream', vendorId: INDUSTRY, model: 'subscription' },
  { claimId: 'china-token-pricing', vendorId: INDUSTRY, model: 'token' },
  { claimId: 'api-battlefield', vendorId: INDUSTRY, model: 'token' },
  { claimId: 'price-war', vendorId: INDUSTRY, model: 'price-war' },
  { claimId: 'bytedance-price-war-window', vendorId: 'bytedance', model: 'price-war' },
  { claimId: 'kimi-tipping-model', vendorId: 'moonshot', model: 'tipping' },
  { claimId: 'weibo-comment-robert', vendorId: 'weibo', model: 'api-use' },
  { claimId: 'tencent-undisclosed-revenue', vendorId: 'tencent', model: 'undisclosed' },
  { claimId: 'tencent-undisclosed-revenue', vendorId: 'alibaba', model: 'cloud-ai' },
  { claimId: 'tencent-undisclosed-revenue', vendorId: 'baidu', model: 'cloud-ai' },
  { claimId: 'china-no-giant-reports-ai-revenue', vendorId: INDUSTRY, model: 'undisclosed' },
  { claimId: 'baidu-maas', vendorId: 'baidu', model: 'maas' },
];

/** Figures that back a business model where the data has them (latest figure per vendor and key). */
export const METRIC_READINGS: readonly { metric: MetricKey; model: BusinessModel }[] = [
  { metric: 'subscription-price', model: 'subscription' },
  { metric: 'api-calls-daily', model: 'api-use' },
  { metric: 'ai-revenue-share', model: 'cloud-ai' },
];
export const BUSINESS_METRICS: MetricKey[] = METRIC_READINGS.map((r) => r.metric);

export interface Evidence {
  id: string;
  type: 'claim' | 'figure';
  row: string;
  model: BusinessModel;
  /** The statement (claims) or the figure with its subject (metrics). */
  text: string;
  /** For the CSV: the statement, or the figure's subject (its numbers are in `figure`). */
  label: string;
  /** For the CSV: a metric's figure as the article states it; null for a claim. */
  figure: RowFigure | null;
  speaker: string | null;
  sourceId: string;
  kind: SourceKind;
  tip: TipInfo;
}

export interface BusinessWords {
  modelLabel: (m: BusinessModel) => string;
  rowLabel: (vendorId: string) => string;
}

function figureText(m: Metric, lang: Lang): string {
  const fmt = (n: number) =>
    m.unit === 'percent' || m.unit === 'pp'
      ? formatPercent(n, lang)
      : m.currency
        ? formatMoney(n, m.currency, lang)
        : formatCompact(n, lang);
  return boundedText(m, fmt);
}

/**
 * The matrix's evidence: a mark per claim reading whose claim is present, and
 * per metric reading (latest figure of each vendor, or the industry-wide one).
 * `claims` and `metrics` are what the panel fetched: Chinese vendors' records
 * plus, when no vendor filter is set, the vendorless industry-wide ones.
 */
export function businessEvidence(
  claims: readonly Claim[],
  metrics: readonly Metric[],
  lang: Lang,
  w: BusinessWords,
  kindOf: (s: string) => SourceKind,
  /** The shared vendor filter, if set: a claim about several vendors then marks only the chosen ones. */
  onlyVendors?: readonly string[],
): Evidence[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out: Evidence[] = [];
  for (const r of CLAIM_READINGS) {
    const c = byId.get(r.claimId);
    if (!c) continue;
    const fits = r.vendorId === INDUSTRY ? c.vendorIds.length === 0 : c.vendorIds.includes(r.vendorId);
    if (!fits || (onlyVendors && !onlyVendors.includes(r.vendorId))) continue;
    const kind = kindOf(c.sourceId);
    out.push({
      id: `${c.id}:${r.vendorId}`,
      type: 'claim',
      row: r.vendorId,
      model: r.model,
      text: c.statement[lang],
      label: c.statement[lang],
      figure: null,
      speaker: c.speaker[lang],
      sourceId: c.sourceId,
      kind,
      tip: {
        title: `${w.rowLabel(r.vendorId)} · ${w.modelLabel(r.model)}`,
        value: c.statement[lang],
        kind,
        sourceId: c.sourceId,
        note: c.speaker[lang],
      },
    });
  }
  for (const r of METRIC_READINGS) {
    const latest = new Map<string, Metric>();
    for (const m of metrics) {
      if (m.metric !== r.metric) continue;
      const row = m.vendorId ?? INDUSTRY;
      if (onlyVendors && !onlyVendors.includes(row)) continue;
      const prev = latest.get(row);
      if (!prev || partialDateToMs(m.period) > partialDateToMs(prev.period)) latest.set(row, m);
    }
    for (const [row, m] of latest) {
      const kind = kindOf(m.sourceId);
      const text = `${m.subject[lang]}: ${figureText(m, lang)} (${formatPartialDate(m.period, lang)})`;
      out.push({
        id: `${m.id}:${row}`,
        type: 'figure',
        row,
        model: r.model,
        text,
        label: m.subject[lang],
        figure: metricFigure(m, kind),
        speaker: null,
        sourceId: m.sourceId,
        kind,
        tip: {
          title: `${w.rowLabel(row)} · ${w.modelLabel(r.model)}`,
          value: text,
          kind,
          sourceId: m.sourceId,
          note: m.note?.[lang],
        },
      });
    }
  }
  return out;
}

export interface MatrixPoint {
  key: string;
  row: string;
  model: BusinessModel;
  type: Evidence['type'];
  /** Column index, nudged left for claims and right for figures when a cell has both. */
  x: number;
  y: number;
  tips: TipInfo[];
}

/**
 * Rows (industry first, then vendors in `vendorOrder`) and one point per cell
 * and evidence type. Only models and rows with evidence appear.
 */
export function businessMatrix(
  evidence: readonly Evidence[],
  vendorOrder: readonly string[],
): { rows: string[]; models: BusinessModel[]; points: MatrixPoint[] } {
  const rowsSeen = new Set(evidence.map((e) => e.row));
  const rows = [
    ...(rowsSeen.has(INDUSTRY) ? [INDUSTRY] : []),
    ...vendorOrder.filter((v) => rowsSeen.has(v)),
    ...[...rowsSeen].filter((r) => r !== INDUSTRY && !vendorOrder.includes(r)),
  ];
  const models = BUSINESS_MODELS.filter((m) => evidence.some((e) => e.model === m));
  const cells = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const k = `${e.row}|${e.model}|${e.type}`;
    cells.set(k, [...(cells.get(k) ?? []), e]);
  }
  const points: MatrixPoint[] = [];
  for (const [k, es] of cells) {
    const first = es[0]!;
    const both = cells.has(`${first.row}|${first.model}|${first.type === 'claim' ? 'figure' : 'claim'}`);
    const nudge = both ? (first.type === 'claim' ? -0.18 : 0.18) : 0;
    points.push({
      key: k,
      row: first.row,
      model: first.model,
      type: first.type,
      x: models.indexOf(first.model) + nudge,
      y: rows.indexOf(first.row),
      tips: es.map((e) => e.tip),
    });
  }
  return { rows, models, points };
}

export interface BusinessHeaders {
  row: string;
  model: string;
  type: string;
  text: string;
  kind: string;
  source: string;
}

export function businessTable(
  evidence: readonly Evidence[],
  h: BusinessHeaders,
  w: BusinessWords & { typeLabel: (t: Evidence['type']) => string; kindLabel: (k: SourceKind) => string },
): TableSpec {
  return {
    columns: [
      { key: 'row', header: h.row },
      { key: 'model', header: h.model },
      { key: 'type', header: h.type },
      { key: 'text', header: h.text, screenOnly: true },
      { key: 'label', header: h.text, csvOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows: [...evidence]
      .sort((a, b) => BUSINESS_MODELS.indexOf(a.model) - BUSINESS_MODELS.indexOf(b.model))
      .map((e) => ({
        row: w.rowLabel(e.row),
        model: w.modelLabel(e.model),
        type: w.typeLabel(e.type),
        text: e.text,
        label: e.label,
        kind: w.kindLabel(e.kind),
        source: e.sourceId,
        ...figureCells(e.figure ?? { kind: e.kind }),
      })),
  };
}
