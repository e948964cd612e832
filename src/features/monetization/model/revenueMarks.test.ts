import { describe, expect, it } from 'vitest';
import { ALL_COMPANIES, compare } from './revenueCompare';
import { revenueFigures } from './revenueFigures';
import { chartRows, leftOutLines, markOf, type MarkWords, type RevenueMark } from './revenueMarks';
import { revenueMetrics, revenueSources, revenueVendors } from './revenueFixtures.test-util';

const { figures } = revenueFigures(revenueMetrics, revenueSources, revenueVendors);
const words: MarkWords = {
  computed: 'computed',
  derivedGrowth: '{prior} ({priorPeriod}) → {current}',
  derivedMultiple: '×{multiple}',
  alsoComputed: 'Computed, {how}: {value}',
  converted: 'As stated',
  sectionUs: 'US',
  sectionCn: 'China',
  sectionOther: 'Other',
  sectionForward: 'Guidance and forecasts — not results',
};
const usd = { lang: 'en' as const, currency: 'USD' as const, cnyPerUsd: 7.2 };
const fig = (id: string) => figures.find((f) => f.id === id)!;

describe('markOf', () => {
  it('puts a duplicate’s other statement in the tooltip, not in a second mark', () => {
    const m = markOf(fig('gc-g'), 'Google Cloud', usd, words);
    expect(m).toMatchObject({ display: '≈+35%', derived: null, forward: false, value: 35 });
    expect(m.tip.note).toBe('Computed, $8.411B (Q3 2023) → $11.35B: +34.98%');
  });
  it('converts money at the reader’s rate and says what the article states', () => {
    const m = markOf(fig('bd'), 'Baidu AI Cloud', usd, words);
    expect(m.display).toBe('$680.6M');
    expect(m.value).toBeCloseTo(4.9e9 / 7.2, 0);
    expect(m.tip.note).toBe('As stated: CN¥4.9B');
    expect(markOf(fig('bd'), 'x', { ...usd, currency: 'CNY' }, words).tip.note).toBeUndefined();
  });
  it('keeps a range a range and marks guidance as not a result', () => {
    const m = markOf(fig('az'), 'Azure cloud', usd, words);
    expect(m).toMatchObject({ display: '$24.5B–$25B', forward: true, kind: 'guidance', error: [0.25e9, 0.25e9] });
  });
  it('shows the honest ratio: Baidu’s ¥4.9B is 1/36 of Azure’s guided $24.75B (about ¥178B)', () => {
    const cny = { ...usd, currency: 'CNY' as const };
    const ratio = markOf(fig('az'), 'a', cny, words).value / markOf(fig('bd'), 'b', cny, words).value;
    expect(ratio).toBeCloseTo(36.4, 1);
  });
  it('says so of a quarter the article does not name', () => {
    expect(markOf(fig('ali'), 'Alibaba Cloud', usd, words)).toMatchObject({ quarterUnstated: true });
    expect(markOf(fig('bd'), 'Baidu AI Cloud', usd, words).quarterUnstated).toBe(false);
  });
  it('carries the dataset’s reading of a figure into the tooltip', () => {
    expect(markOf(fig('px'), 'Perplexity', usd, words).tip.note).toBe('Forecast: double the current level.');
  });
});

describe('chartRows', () => {
  const marks = compare(figures, 'growth', ALL_COMPANIES).rows.map((f) => markOf(f, f.subject.en, usd, words));
  const ordered = [...marks].sort((a, b) => Number(a.forward) - Number(b.forward));
  it('titles the guidance section, so guidance never reads as a result', () => {
    const rows = chartRows(ordered, false, words);
    expect(rows.filter((r) => r.type === 'heading').map((r) => r.label)).toEqual([
      'Guidance and forecasts — not results',
    ]);
    const at = rows.findIndex((r) => r.type === 'heading');
    expect(rows.slice(at + 1).every((r) => (r as RevenueMark).forward)).toBe(true);
  });
  it('titles each region when grouped', () => {
    const grouped = [...marks].sort(
      (a, b) => Number(a.forward) - Number(b.forward) || Number(a.region === 'cn') - Number(b.region === 'cn'),
    );
    expect(
      chartRows(grouped, true, words)
        .filter((r) => r.type === 'heading')
        .map((r) => r.label),
    ).toEqual(['US', 'China', 'Guidance and forecasts — not results']);
  });
});

describe('leftOutLines', () => {
  const c = compare(figures, 'money', ALL_COMPANIES);
  const label = (s: string) => figures.find((f) => f.series === s)!.subject.en;
  const w = {
    basisShort: {
      'quarterly-revenue': 'quarterly',
      'half-year-revenue': 'half-year',
      'annual-revenue': 'annual',
      'monthly-revenue': 'monthly',
      arr: 'annualised run-rate',
      'yoy-growth': 'YoY growth',
    },
    leftOutBasis: '{basis}, not {chosen}',
    leftOutPeriod: '{period}, not {chosen}',
    listSep: ', ',
    colon: ': ',
  };
  it('says what is left out and why', () => {
    expect(leftOutLines(c, label, 'en', w)).toEqual([
      { text: 'annual, not quarterly: OpenAI (2024)', count: 1 },
      { text: 'annualised run-rate, not quarterly: Perplexity (2025, forecast)', count: 1 },
      { text: 'Q3 2023, not Q3 2024: Google Cloud', count: 1 },
    ]);
  });
  it('writes Chinese punctuation in Chinese', () => {
    const zh = {
      ...w,
      basisShort: { ...w.basisShort, 'quarterly-revenue': '季度', 'annual-revenue': '年度', arr: '年化' },
      leftOutBasis: '{basis}而非{chosen}',
      leftOutPeriod: '{period}而非{chosen}',
      listSep: '、',
      colon: '：',
    };
    expect(leftOutLines(c, label, 'zh', zh)[0]!.text).toBe('年度而非季度：OpenAI（2024年）');
    expect(leftOutLines(c, label, 'zh', zh)[1]!.text).toBe('年化而非季度：Perplexity（2025年、预测）');
  });
});
