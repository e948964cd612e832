import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import type { Metric, Source } from '../shared/api/contract';
import { HEADLINE_PICKS, headlineMetricKeys, headlineView, selectHeadlines, type HeadlinePick } from './headlines';

const metric = (id: string): Metric => {
  const m = dataset.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};
const source = (id: string): Source => {
  const s = dataset.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};
const pick = (id: string): HeadlinePick => {
  const p = HEADLINE_PICKS.find((x) => x.id === id);
  if (!p) throw new Error(`no pick ${id}`);
  return p;
};

describe('HEADLINE_PICKS', () => {
  it('are 6 to 8 records of data/metrics.json, each under its own metric key, none twice', () => {
    expect(HEADLINE_PICKS.length).toBeGreaterThanOrEqual(6);
    expect(HEADLINE_PICKS.length).toBeLessThanOrEqual(8);
    expect(new Set(HEADLINE_PICKS.map((p) => p.id)).size).toBe(HEADLINE_PICKS.length);
    for (const p of HEADLINE_PICKS) expect(metric(p.id).metric, p.id).toBe(p.metric);
  });

  it('link to panels that exist (a panel id rendered by a slice component)', () => {
    const features = path.resolve(import.meta.dirname, '../features');
    const ids = new Set<string>();
    for (const slice of readdirSync(features)) {
      const dir = path.join(features, slice, 'components');
      for (const f of readdirSync(dir).filter((n) => n.endsWith('Panel.tsx')))
        for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/^\s+id="([a-z0-9-]+)"$/gm)) ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(10);
    for (const p of HEADLINE_PICKS) expect(ids, p.id).toContain(p.panel);
  });

  it('cover US and Chinese vendors, so a region filter leaves some standing', () => {
    const vendorRegion = new Map(dataset.vendors.map((v) => [v.id, v.region]));
    const regions = HEADLINE_PICKS.map((p) => vendorRegion.get(metric(p.id).vendorId ?? ''));
    expect(regions).toContain('us');
    expect(regions).toContain('cn');
  });
});

describe('headlineMetricKeys', () => {
  it('names each metric key once, sorted', () => {
    expect(
      headlineMetricKeys([
        { id: 'a', metric: 'revenue', panel: 'x' },
        { id: 'b', metric: 'loss', panel: 'x' },
        { id: 'c', metric: 'revenue', panel: 'y' },
      ]),
    ).toEqual(['loss', 'revenue']);
  });
});

describe('selectHeadlines', () => {
  const picks: HeadlinePick[] = [
    { id: 'openai-revenue-2024', metric: 'revenue', panel: 'revenue-loss' },
    { id: 'doubao-mau-2024-09', metric: 'monthly-active-users', panel: 'china-usage' },
    { id: 'openai-loss-2024', metric: 'loss', panel: 'revenue-loss' },
  ];

  it('shows the picks the answer holds, in the picks’ order, and sets the rest aside', () => {
    const answer = [metric('openai-loss-2024'), metric('google-cloud-revenue-2024-q3'), metric('openai-revenue-2024')];
    const { shown, aside } = selectHeadlines(picks, answer);
    expect(shown.map((s) => s.metric.id)).toEqual(['openai-revenue-2024', 'openai-loss-2024']);
    expect(aside.map((p) => p.id)).toEqual(['doubao-mau-2024-09']);
  });

  it('sets every pick aside when the filters leave none of them', () => {
    const { shown, aside } = selectHeadlines(picks, [metric('google-cloud-revenue-2024-q3')]);
    expect(shown).toEqual([]);
    expect(aside).toHaveLength(3);
  });

  it('does not show a record whose metric key is not the one picked', () => {
    const renamed = { ...metric('openai-revenue-2024'), metric: 'loss' as const };
    expect(selectHeadlines(picks.slice(0, 1), [renamed]).shown).toEqual([]);
  });
});

describe('headlineView', () => {
  it('states a range of guidance as a range, with its kind, period and sentence', () => {
    const m = metric('azure-growth-guidance-2024-q3');
    const v = headlineView(pick(m.id), m, source(m.sourceId), 'en');
    expect(v.value).toBe('35–36%');
    expect(v.kind).toBe('guidance');
    expect(v.period).toBe('Q3 2024');
    expect(v.subject).toBe('Azure cloud');
    expect(v.measure).toBe('revenue growth, YoY');
    expect(v.label).toBe('Azure cloud, revenue growth, YoY');
    expect(v.source?.quote).toContain('同比增35%~36%');
    expect(v.source?.en).toBe(source(m.sourceId).en);
    expect(v.panel).toBe('revenue-growth');
  });

  it('states a lower bound with ≥ in Chinese, with the sentence exactly as the article writes it', () => {
    const m = metric('doubao-mau-2024-09');
    const v = headlineView(pick(m.id), m, source(m.sourceId), 'zh');
    expect(v.value).toBe('≥4000万');
    expect(v.period).toBe('2024年9月');
    expect(v.label).toBe('豆包 App，月活跃用户');
    expect(v.source?.quote).toBe(source(m.sourceId).quote);
    expect(v.source?.quote).toContain('據(jù)晚點披露');
    expect(v.kind).toBe('reported');
  });

  it('marks an approximate figure and waits for the kind until the sources have loaded', () => {
    const m = metric('openai-revenue-2024');
    const v = headlineView(pick(m.id), m, undefined, 'en');
    expect(v.value).toBe('≈$3.4B');
    expect(v.kind).toBeNull();
    expect(v.source).toBeNull();
  });
});
