import type { Metric, MetricKey, Source, SourceKind } from '../shared/api/contract';
import type { Lang } from '../shared/filters/state';
import { formatMetricValue } from '../shared/format/metricValue';
import { formatPartialDate } from '../shared/format/number';
import { METRIC_NAMES } from './headlineMessages';

/**
 * One figure of the headline strip: WHICH record of data/metrics.json to show
 * (its id, and its metric key, which narrows the request) and the panel that
 * draws it. The numbers themselves live only in data/.
 */
export interface HeadlinePick {
  id: string;
  metric: MetricKey;
  /** The panel the figure links to (#panel-<id>). */
  panel: string;
}

/** The article's story in eight figures: reach, money, the clouds, China. */
export const HEADLINE_PICKS: readonly HeadlinePick[] = [
  { id: 'openai-weekly-active-users', metric: 'weekly-active-users', panel: 'reach' },
  { id: 'openai-revenue-2024', metric: 'revenue', panel: 'revenue-loss' },
  { id: 'openai-loss-2024', metric: 'loss', panel: 'revenue-loss' },
  { id: 'google-cloud-growth-2024-q3', metric: 'revenue-growth-yoy', panel: 'revenue-growth' },
  { id: 'azure-growth-guidance-2024-q3', metric: 'revenue-growth-yoy', panel: 'revenue-growth' },
  { id: 'baidu-ai-cloud-growth-2024-q3', metric: 'revenue-growth-yoy', panel: 'china-cloud' },
  { id: 'doubao-mau-2024-09', metric: 'monthly-active-users', panel: 'china-usage' },
  { id: 'ernie-api-calls-2024-q3', metric: 'api-calls-daily', panel: 'china-usage' },
];

/** The metric keys to ask the API for: each once, sorted, so the query key is stable. */
export function headlineMetricKeys(picks: readonly HeadlinePick[]): MetricKey[] {
  return [...new Set(picks.map((p) => p.metric))].sort();
}

export interface HeadlineSelection {
  /** Picks the filtered answer holds, in the picks' order, with their records. */
  shown: { pick: HeadlinePick; metric: Metric }[];
  /** Picks the filters set aside (not in the answer). */
  aside: HeadlinePick[];
}

/**
 * Splits the picks by the API's answer to the current filters: a pick whose
 * record the answer holds is shown; the others step aside. The answer is
 * already filtered (vendor, region, time) by the API, as every panel's is.
 */
export function selectHeadlines(picks: readonly HeadlinePick[], answer: readonly Metric[]): HeadlineSelection {
  const byId = new Map(answer.map((m) => [m.id, m]));
  const shown: HeadlineSelection['shown'] = [];
  const aside: HeadlinePick[] = [];
  for (const pick of picks) {
    const metric = byId.get(pick.id);
    if (metric && metric.metric === pick.metric) shown.push({ pick, metric });
    else aside.push(pick);
  }
  return { shown, aside };
}

/** A headline figure as the strip shows it, in the reader's language. */
export interface HeadlineView {
  id: string;
  panel: string;
  /** The figure with its bound: ≈$3.4B, 35–36%, ≥40M. */
  value: string;
  /** What it belongs to (from the data) and what is measured. */
  subject: string;
  measure: string;
  /** One line for screen readers and link names: "OpenAI, weekly active users". */
  label: string;
  period: string;
  /** How sure the article is (its source's kind); null until the sources have loaded. */
  kind: SourceKind | null;
  /** The article's sentence exactly as written, and its translation; null until the sources have loaded. */
  source: { quote: string; en: string } | null;
  note: string | null;
}

export function headlineView(pick: HeadlinePick, metric: Metric, source: Source | undefined, lang: Lang): HeadlineView {
  const subject = metric.subject[lang];
  const measure = METRIC_NAMES[lang][metric.metric];
  return {
    id: metric.id,
    panel: pick.panel,
    value: formatMetricValue(metric, lang),
    subject,
    measure,
    label: lang === 'zh' ? `${subject}，${measure}` : `${subject}, ${measure}`,
    period: formatPartialDate(metric.period, lang),
    kind: source?.kind ?? null,
    source: source ? { quote: source.quote, en: source.en } : null,
    note: metric.note?.[lang] ?? null,
  };
}
