import { describe, expect, it } from 'vitest';
import { revenueFigures } from './revenueFigures';
import {
  activePreset,
  ALL_COMPANIES,
  basesWithFigures,
  companies,
  compare,
  mainSeries,
  orderRows,
  periodsWithFigures,
  presetSelection,
  rankRows,
  sectionOf,
  toggleCompany,
} from './revenueCompare';
import { revenueMetrics, revenueSources, revenueVendors, S } from './revenueFixtures.test-util';

const { figures } = revenueFigures(revenueMetrics, revenueSources, revenueVendors);
const name = (id: string) => revenueVendors.get(id)?.name.en;
const all = companies(figures, 'en', name).map((c) => c.series);
const fourClouds = presetSelection('four-clouds', figures);

describe('the company list', () => {
  it('lists each segment once, US first, then China, by name', () => {
    expect(companies(figures, 'en', name).map((c) => c.label)).toEqual([
      'Azure cloud',
      'Google Cloud',
      'OpenAI',
      'Perplexity',
      'Alibaba Cloud',
      'Alibaba Cloud AI-related products',
      'Baidu AI Cloud',
    ]);
    expect(companies(figures, 'zh', name).find((c) => c.series === S.baidu)!.label).toBe('百度智能云');
  });
  it('names the vendor where two segments share a name (synthetic copies)', () => {
    const copy = figures
      .filter((f) => f.series === S.google)
      .map((f) => ({ ...f, series: 'g2|Google Cloud', vendorId: 'g2' }));
    const list = companies([...figures, ...copy], 'en', (id) => (id === 'g2' ? 'Google S2' : name(id)));
    expect(
      list
        .filter((c) => c.label.startsWith('Google Cloud'))
        .map((c) => c.label)
        .sort(),
    ).toEqual(['Google Cloud (Google S2)', 'Google Cloud (Google)'].sort());
  });
});

describe('one-click comparisons', () => {
  it('“the four clouds” picks the segment with a stated revenue of Microsoft, Google, Alibaba and Baidu', () => {
    expect(mainSeries(figures, 'alibaba')).toBe(S.alibaba);
    expect(fourClouds).toEqual({ selected: [S.azure, S.google, S.alibaba, S.baidu], groupByRegion: false });
    expect(mainSeries(figures, 'nosuch')).toBeNull();
  });
  it('“US vs China” takes every US and Chinese company, grouped by region', () => {
    const p = presetSelection('us-vs-china', figures);
    expect(p.groupByRegion).toBe(true);
    expect([...p.selected!].sort()).toEqual([...all].sort());
  });
  it('knows which preset the selection is, and toggles companies one at a time', () => {
    expect(activePreset(ALL_COMPANIES, figures)).toBe('all');
    expect(activePreset(fourClouds, figures)).toBe('four-clouds');
    const noBaidu = toggleCompany(fourClouds, all, S.baidu);
    expect(noBaidu.selected).toEqual([S.azure, S.google, S.alibaba]);
    expect(activePreset(noBaidu, figures)).toBeNull();
    // From "all", unticking one leaves the others; ticking it again is "all" again.
    const allButOpenAi = toggleCompany(ALL_COMPANIES, all, S.openai);
    expect(allButOpenAi.selected).toHaveLength(all.length - 1);
    expect(toggleCompany(allButOpenAi, all, S.openai)).toEqual(ALL_COMPANIES);
  });
});

describe('compare: like with like', () => {
  it('YoY: the Q3 2024 growth rates, Google Cloud once; OpenAI and Perplexity have none', () => {
    const c = compare(figures, 'growth', ALL_COMPANIES);
    expect(c).toMatchObject({ basis: 'yoy-growth', period: '2024-Q3', leftOut: [], unchosen: 0 });
    expect(c.rows.map((f) => f.id).sort()).toEqual(['ali-ai', 'ali-g', 'az-g', 'bd-g', 'gc-g']);
    expect(c.without.sort()).toEqual([S.openai, S.perplexity]);
  });
  it('the four clouds draw four marks, one each', () => {
    const c = compare(figures, 'growth', fourClouds);
    expect(c.rows.map((f) => f.series).sort()).toEqual([S.alibaba, S.azure, S.baidu, S.google].sort());
    expect(c.unchosen).toBe(1);
  });
  it('Absolute: quarterly revenue of Q3 2024 by default; annual, run-rate and other quarters are left out, and say why', () => {
    const c = compare(figures, 'money', ALL_COMPANIES);
    expect(c.basis).toBe('quarterly-revenue');
    expect(c.period).toBe('2024-Q3');
    expect(c.rows.map((f) => f.id).sort()).toEqual(['ali', 'az', 'bd', 'gc-24']);
    expect(c.leftOut.map((g) => (g.reason === 'basis' ? g.basis : g.period))).toEqual([
      'annual-revenue',
      'arr',
      '2023-Q3',
    ]);
    expect(c.leftOut.flatMap((g) => g.figures.map((f) => f.id))).toEqual(['oa', 'px', 'gc-23']);
  });
  it('draws the basis and period the reader picks, and falls back where the companies have none', () => {
    expect(compare(figures, 'money', ALL_COMPANIES, { basis: 'annual-revenue' }).rows.map((f) => f.id)).toEqual(['oa']);
    expect(compare(figures, 'money', ALL_COMPANIES, { period: '2023-Q3' }).rows.map((f) => f.id)).toEqual(['gc-23']);
    const onlyOpenAi = { selected: [S.openai], groupByRegion: false };
    expect(compare(figures, 'money', onlyOpenAi, { basis: 'quarterly-revenue' })).toMatchObject({
      basis: 'annual-revenue',
      period: '2024',
    });
    expect(compare(figures, 'growth', onlyOpenAi)).toMatchObject({ basis: null, rows: [], without: [S.openai] });
  });
  it('draws a quarter the article does not name with the named quarter of its year, never with another year', () => {
    const c = compare(figures, 'growth', fourClouds);
    expect(c.rows.find((f) => f.series === S.alibaba)!.period).toBe('2024-QX');
    const q3of2023 = compare(figures, 'money', fourClouds, { period: '2023-Q3' });
    expect(q3of2023.rows.map((f) => f.id)).toEqual(['gc-23']);
    expect(
      q3of2023.leftOut.find((g) => g.reason === 'period' && g.period === '2024-QX')!.figures.map((f) => f.id),
    ).toEqual(['ali']);
    // Alone in its year, the unnamed quarter is offered as a period of its own.
    const onlyAlibaba = { selected: [S.alibaba], groupByRegion: false };
    expect(periodsWithFigures(figures, 'quarterly-revenue', onlyAlibaba)).toEqual([{ value: '2024-QX', count: 1 }]);
  });
  it('counts the bases and periods on offer for the chosen companies', () => {
    expect(basesWithFigures(figures, 'money', ALL_COMPANIES)).toEqual([
      { value: 'quarterly-revenue', count: 5 },
      { value: 'annual-revenue', count: 1 },
      { value: 'arr', count: 1 },
    ]);
    expect(periodsWithFigures(figures, 'quarterly-revenue', fourClouds)).toEqual([
      { value: '2024-Q3', count: 4 },
      { value: '2023-Q3', count: 1 },
    ]);
  });
});

describe('orderRows: guidance and forecasts are never set among results', () => {
  const row = (key: string, value: number, region: 'us' | 'cn', forward = false) => ({
    key,
    value,
    label: key,
    region,
    forward,
  });
  const rows = [
    row('azure', 35.5, 'us', true),
    row('google', 35, 'us'),
    row('baidu', 11, 'cn'),
    row('aliAi', 100, 'cn'),
  ];
  it('puts results first (by value), guidance after', () => {
    expect(orderRows(rows, 'value', false, 'en').map((r) => r.key)).toEqual(['aliAi', 'google', 'baidu', 'azure']);
    expect(sectionOf(rows[0]!, false)).toBe('forward');
    expect(sectionOf(rows[1]!, false)).toBeNull();
  });
  it('groups US before China when asked, and sorts by name on request', () => {
    expect(orderRows(rows, 'value', true, 'en').map((r) => r.key)).toEqual(['google', 'aliAi', 'baidu', 'azure']);
    expect(orderRows(rows, 'name', false, 'en').map((r) => r.key)).toEqual(['aliAi', 'baidu', 'google', 'azure']);
    expect(rankRows(rows, 'value', 'en').map((r) => r.key)).toEqual(['aliAi', 'azure', 'google', 'baidu']);
  });
});
