import { describe, expect, it } from 'vitest';
import { metric } from './fixtures.test-util';
import {
  amountFigure,
  growthFigures,
  growthSpan,
  indexFigure,
  linearDomain,
  logDomain,
  multipleInQuote,
  niceStep,
  revenueBars,
  revenueEntries,
  revenueTable,
  sortBars,
  type RevenueWords,
} from './revenue';

const gc = { en: 'Google Cloud', zh: '谷歌云' };
const prior = metric({
  id: 'gc-23',
  metric: 'revenue',
  vendorId: 'google',
  subject: gc,
  period: '2023-Q3',
  value: 8.411e9,
  sourceId: 's-g',
});
const current = metric({
  id: 'gc-24',
  metric: 'revenue',
  vendorId: 'google',
  subject: gc,
  value: 11.353e9,
  baselineId: 'gc-23',
  sourceId: 's-g',
});
const gcGrowth = metric({
  id: 'gc-g',
  metric: 'revenue-growth-yoy',
  vendorId: 'google',
  subject: gc,
  value: 35,
  bound: 'approx',
  unit: 'percent',
  currency: null,
  sourceId: 's-g',
});
const az = { en: 'Azure cloud', zh: 'Azure云' };
const azRev = metric({
  id: 'az',
  metric: 'revenue-guidance',
  vendorId: 'microsoft',
  subject: az,
  low: 24.5e9,
  high: 25e9,
  bound: 'range',
  sourceId: 's-az',
});
const azGrowth = metric({
  id: 'az-g',
  metric: 'revenue-growth-yoy',
  vendorId: 'microsoft',
  subject: az,
  low: 35,
  high: 36,
  bound: 'range',
  unit: 'percent',
  currency: null,
  sourceId: 's-az',
});
const baidu = metric({
  id: 'bd',
  metric: 'revenue',
  vendorId: 'baidu',
  subject: { en: 'Baidu AI Cloud', zh: '百度智能云' },
  value: 4.9e9,
  currency: 'CNY',
  sourceId: 's-bd',
});
const baiduGrowth = metric({
  id: 'bd-g',
  metric: 'revenue-growth-yoy',
  vendorId: 'baidu',
  subject: { en: 'Baidu AI Cloud', zh: '百度智能云' },
  value: 11,
  unit: 'percent',
  currency: null,
  sourceId: 's-bd',
});
const openai = metric({
  id: 'oa',
  metric: 'revenue',
  vendorId: 'openai',
  subject: { en: 'OpenAI', zh: 'OpenAI' },
  period: '2024',
  value: 3.4e9,
  bound: 'approx',
  sourceId: 's-oa',
});
const pplx = metric({
  id: 'px',
  metric: 'annualized-revenue',
  vendorId: 'perplexity',
  subject: { en: 'Perplexity', zh: 'Perplexity' },
  period: '2025',
  value: 127e6,
  sourceId: 's-px',
});
const all = [prior, current, gcGrowth, azRev, azGrowth, baidu, baiduGrowth, openai, pplx];

const sources = new Map([
  ['s-g', { kind: 'reported' as const, quote: '谷歌云營收從去年同期的84.11億美元增長至113.53億美元,同比增長近35%' }],
  ['s-az', { kind: 'guidance' as const, quote: '微軟預期Azure云營收245~250億美元,同比增35%~36%' }],
  ['s-bd', { kind: 'reported' as const, quote: '百度智能云營收達49億元,同比增長11%' }],
  ['s-oa', { kind: 'reported' as const, quote: '2024年公司總收入約34億美元' }],
  ['s-px', { kind: 'forecast' as const, quote: '預計其年化收入將在2025年達到1.27億美元,較目前水平翻倍。' }],
]);
const quoteOf = (id: string) => sources.get(id)?.quote;
const vendors = new Map([
  ['google', { name: { en: 'Google', zh: '谷歌' }, region: 'us' as const }],
  ['microsoft', { name: { en: 'Microsoft', zh: '微软' }, region: 'us' as const }],
  ['baidu', { name: { en: 'Baidu', zh: '百度' }, region: 'cn' as const }],
  ['openai', { name: { en: 'OpenAI', zh: 'OpenAI' }, region: 'us' as const }],
  ['perplexity', { name: { en: 'Perplexity', zh: 'Perplexity' }, region: 'us' as const }],
]);
const words: RevenueWords = {
  computed: 'computed',
  derivedGrowth: '({current} − {prior}) ÷ {prior}',
  derivedMultiple: '×{multiple}',
  derivedIndexRevenues: '{current} ÷ {prior} × 100',
  derivedIndexGrowth: '100 + {growth}',
  derivedIndexMultiple: '100 × {multiple}',
  converted: 'As stated',
  priorPeriod: 'Prior period',
};
const entries = revenueEntries(all);
const entry = (subject: string) => entries.find((e) => e.subject.en === subject)!;

describe('revenueEntries', () => {
  it('groups revenue and growth by subject and period; a baseline is the prior, not an entry', () => {
    expect(entries.map((e) => e.subject.en)).toEqual([
      'Google Cloud',
      'Azure cloud',
      'Baidu AI Cloud',
      'OpenAI',
      'Perplexity',
    ]);
    expect(entry('Google Cloud')).toMatchObject({ revenue: current, prior, growth: gcGrowth });
    expect(entry('Azure cloud')).toMatchObject({ revenue: azRev, prior: null, growth: azGrowth });
    expect(entry('OpenAI').growth).toBeNull();
  });
});

describe('which figure feeds which mode', () => {
  it('YoY: the stated growth, plus the growth computed from both revenues (derived)', () => {
    const f = growthFigures(entry('Google Cloud'), quoteOf);
    expect(f.map((x) => x.basis)).toEqual(['stated', 'revenues']);
    expect(f[0]!.span).toMatchObject({ point: 35, bound: 'approx' });
    expect(f[1]!.span.point).toBeCloseTo(34.98, 2);
    expect(f[1]!.span.bound).toBe('exact');
  });
  it('YoY: a range stays a range (Azure 35–36 %)', () => {
    expect(growthFigures(entry('Azure cloud'), quoteOf)[0]!.span).toEqual({
      point: 35.5,
      low: 35,
      high: 36,
      bound: 'range',
    });
  });
  it('YoY: “翻倍” without a stated growth is +100 % (derived from the multiple)', () => {
    const f = growthFigures(entry('Perplexity'), quoteOf);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ basis: 'multiple', multiple: 2, span: { point: 100 } });
  });
  it('YoY: no growth figure for a revenue stated alone', () => {
    expect(growthFigures(entry('OpenAI'), quoteOf)).toEqual([]);
  });
  it('Indexed: both revenues where stated, else 100 + stated growth; none without a prior period', () => {
    expect(indexFigure(entry('Google Cloud'), quoteOf)!.span.point).toBeCloseTo(134.98, 2);
    expect(indexFigure(entry('Azure cloud'), quoteOf)).toMatchObject({
      basis: 'growth',
      span: { low: 135, high: 136, bound: 'range' },
    });
    expect(indexFigure(entry('Baidu AI Cloud'), quoteOf)!.span.point).toBe(111);
    expect(indexFigure(entry('Perplexity'), quoteOf)!.span.point).toBe(200);
    expect(indexFigure(entry('OpenAI'), quoteOf)).toBeNull();
  });
  it('Absolute: the revenue, converted to the reader’s currency', () => {
    expect(amountFigure(entry('Baidu AI Cloud'), 'USD', 7.2)!.span.point).toBeCloseTo(4.9e9 / 7.2, 0);
    expect(amountFigure(entry('Google Cloud'), 'CNY', 7)!.span.point).toBeCloseTo(11.353e9 * 7, 0);
    expect(amountFigure(entry('Azure cloud'), 'USD', 7.2)!.span).toEqual({
      point: 24.75e9,
      low: 24.5e9,
      high: 25e9,
      bound: 'range',
    });
  });
});

describe('growthSpan', () => {
  it('gives the widest growth range when a figure is a range', () => {
    const s = growthSpan(
      { point: 100, low: 100, high: 100, bound: 'exact' },
      { point: 115, low: 110, high: 120, bound: 'range' },
    );
    expect(s.bound).toBe('range');
    expect(s.point).toBeCloseTo(15, 10);
    expect(s.low).toBeCloseTo(10, 10);
    expect(s.high).toBeCloseTo(20, 10);
  });
  it('is approximate when an input is', () => {
    expect(
      growthSpan(
        { point: 100, low: 100, high: 100, bound: 'approx' },
        { point: 110, low: 110, high: 110, bound: 'exact' },
      ).bound,
    ).toBe('approx');
  });
});

describe('multipleInQuote', () => {
  it('reads 翻倍 / 翻一番 as ×2 and 翻两番 as ×4', () => {
    expect(multipleInQuote('較目前水平翻倍')).toBe(2);
    expect(multipleInQuote('收入翻一番')).toBe(2);
    expect(multipleInQuote('翻两番')).toBe(4);
    expect(multipleInQuote('增長了30倍')).toBeNull();
  });
});

describe('revenueBars', () => {
  const view = { mode: 'yoy' as const, currency: 'USD' as const, cnyPerUsd: 7.2, lang: 'en' as const };
  it('YoY: marks computed bars as derived, keeps kinds, lists entries without a figure', () => {
    const { bars, missing } = revenueBars(entries, view, sources, vendors, words);
    expect(bars.map((b) => b.label)).toEqual([
      'Google Cloud · Q3 2024',
      'Google Cloud · Q3 2024 (computed)',
      'Azure cloud · Q3 2024',
      'Baidu AI Cloud · Q3 2024',
      'Perplexity · 2025',
    ]);
    const computed = bars[1]!;
    expect(computed.derived).toBe('($11.35B − $8.411B) ÷ $8.411B');
    expect(computed.display).toBe('+34.98%');
    expect(bars[0]!.display).toBe('≈+35%');
    expect(bars[0]!.derived).toBeNull();
    expect(bars[2]).toMatchObject({ kind: 'guidance', error: [0.5, 0.5], region: 'us' });
    expect(bars[4]).toMatchObject({ kind: 'forecast', value: 100, derived: '×2' });
    expect(missing.map((e) => e.subject.en)).toEqual(['OpenAI']);
  });
  it('Absolute: one currency; the figure as stated stays in the table', () => {
    const { bars, missing } = revenueBars(entries, { ...view, mode: 'absolute' }, sources, vendors, words);
    expect(missing).toEqual([]);
    const bd = bars.find((b) => b.vendorId === 'baidu')!;
    expect(bd.display).toBe('$680.6M');
    expect(bd.stated).toBe('CN¥4.9B · +11%');
    expect(bd.tip.note).toBe('As stated: CN¥4.9B');
    expect(bars.find((b) => b.vendorId === 'microsoft')!.display).toBe('$24.5B–$25B');
  });
  it('Indexed: every bar derived; no prior period listed', () => {
    const { bars, missing } = revenueBars(entries, { ...view, mode: 'indexed' }, sources, vendors, words);
    expect(bars.every((b) => b.derived !== null)).toBe(true);
    expect(bars.find((b) => b.vendorId === 'google')!.display).toBe('134.98');
    expect(missing.map((e) => e.subject.en)).toEqual(['OpenAI']);
  });
});

describe('sortBars', () => {
  const { bars } = revenueBars(
    entries,
    { mode: 'yoy', currency: 'USD', cnyPerUsd: 7.2, lang: 'en' },
    sources,
    vendors,
    words,
  );
  it('sorts by value, largest first, or by name', () => {
    expect(sortBars(bars, 'value', false, 'en').map((b) => b.value)).toEqual([
      100,
      35.5,
      35,
      expect.closeTo(34.98, 2),
      11,
    ]);
    expect(sortBars(bars, 'name', false, 'en')[0]!.label).toBe('Azure cloud · Q3 2024');
  });
  it('groups US before China when asked', () => {
    expect(sortBars(bars, 'value', true, 'en').map((b) => b.region)).toEqual(['us', 'us', 'us', 'us', 'cn']);
  });
});

describe('revenueTable', () => {
  it('has the chart’s rows with kind, derived and source columns', () => {
    const { bars } = revenueBars(
      entries,
      { mode: 'yoy', currency: 'USD', cnyPerUsd: 7.2, lang: 'en' },
      sources,
      vendors,
      words,
    );
    const t = revenueTable(bars, 'en', {
      subject: 'S',
      vendor: 'V',
      region: 'R',
      period: 'P',
      value: 'Val',
      stated: 'St',
      kind: 'K',
      derived: 'D',
      source: 'Src',
      regionNames: { us: 'US', cn: 'China' },
    });
    expect(t.rows).toHaveLength(bars.length);
    expect(t.columns.find((c) => c.key === 'source')!.source).toBe(true);
    expect(t.rows[0]).toMatchObject({
      subject: 'Google Cloud · Q3 2024',
      region: 'US',
      value: '≈+35%',
      kind: 'reported',
      derived: '—',
      source: 's-g',
    });
  });
});

describe('axis domains', () => {
  it('log: whole powers of ten, starting below the smallest value', () => {
    expect(logDomain([127e6, 25e9])).toEqual([1e7, 1e11]);
    expect(logDomain([1e6, 2.5e8])).toEqual([1e5, 1e9]);
    expect(logDomain([])).toEqual([1, 10]);
  });
  it('linear: from 0 to a round value', () => {
    expect(linearDomain([6, 11, 35, 100])).toEqual([0, 120]);
    expect(linearDomain([-6, 11])).toEqual([-10, 15]);
    expect(niceStep(100)).toBe(20);
    expect(niceStep(224)).toBe(50);
  });
});
