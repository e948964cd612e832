import { describe, expect, it } from 'vitest';
import { cloudTable, clouds, percentRows, revenueBars, revenuePeriods } from './cloud';
import { metric } from '../test/records';

const s = (en: string) => ({ en, zh: `${en}中` });
const baidu = [
  metric({
    id: 'b-rev',
    vendorId: 'baidu',
    subject: s('Baidu AI Cloud'),
    metric: 'revenue',
    period: '2024-Q3',
    value: 4.9e9,
    unit: 'currency',
    currency: 'CNY',
  }),
  metric({
    id: 'b-g',
    vendorId: 'baidu',
    subject: s('Baidu AI Cloud'),
    metric: 'revenue-growth-yoy',
    period: '2024-Q3',
    value: 11,
    unit: 'percent',
  }),
  metric({
    id: 'b-share',
    vendorId: 'baidu',
    subject: s('Baidu AI Cloud (AI)'),
    metric: 'ai-revenue-share',
    period: '2024-Q3',
    bound: 'lower',
    low: 11,
    unit: 'percent',
  }),
];
const alibaba = [
  metric({
    id: 'a-rev',
    vendorId: 'alibaba',
    subject: s('Alibaba Cloud'),
    metric: 'revenue',
    period: '2024-Q3',
    value: 26.549e9,
    unit: 'currency',
    currency: 'CNY',
  }),
  metric({
    id: 'a-g',
    vendorId: 'alibaba',
    subject: s('Alibaba Cloud'),
    metric: 'revenue-growth-yoy',
    period: '2024-Q3',
    value: 6,
    unit: 'percent',
  }),
  metric({
    id: 'a-ai',
    vendorId: 'alibaba',
    subject: s('Alibaba Cloud AI products'),
    metric: 'revenue-growth-yoy',
    period: '2024-Q3',
    bound: 'lower',
    low: 100,
    unit: 'percent',
  }),
];
const us = [
  metric({
    id: 'g-old',
    vendorId: 'google',
    subject: s('Google Cloud'),
    metric: 'revenue',
    period: '2023-Q3',
    value: 8.411e9,
    unit: 'currency',
    currency: 'USD',
  }),
  metric({
    id: 'g-rev',
    vendorId: 'google',
    subject: s('Google Cloud'),
    metric: 'revenue',
    period: '2024-Q3',
    value: 11.353e9,
    unit: 'currency',
    currency: 'USD',
  }),
  metric({
    id: 'g-g',
    vendorId: 'google',
    subject: s('Google Cloud'),
    metric: 'revenue-growth-yoy',
    period: '2024-Q3',
    value: 35,
    bound: 'approx',
    unit: 'percent',
  }),
  metric({
    id: 'az',
    vendorId: 'microsoft',
    subject: s('Azure'),
    metric: 'revenue-guidance',
    period: '2024-Q3',
    bound: 'range',
    low: 24.5e9,
    high: 25e9,
    unit: 'currency',
    currency: 'USD',
  }),
  metric({
    id: 'az-g',
    vendorId: 'microsoft',
    subject: s('Azure'),
    metric: 'revenue-growth-yoy',
    period: '2024-Q3',
    bound: 'range',
    low: 35,
    high: 36,
    unit: 'percent',
  }),
];
const kindOf = (id: string) => (id === 's-az' ? ('guidance' as const) : ('reported' as const));
const w = {
  measureLabel: (m: string) => m,
  guidance: 'guidance',
  converted: (r: string, rate: string, op: string) => `${r} ${op} ${rate}`,
};

describe('clouds', () => {
  const cs = clouds([...baidu, ...alibaba], false, 'en', kindOf);
  it('gives each vendor its revenue and classifies growth and AI share', () => {
    expect(cs.map((c) => [c.vendorId, c.name, c.revenue?.metric.id])).toEqual([
      ['baidu', 'Baidu AI Cloud', 'b-rev'],
      ['alibaba', 'Alibaba Cloud', 'a-rev'],
    ]);
    expect(cs[0]!.measures.map((m) => [m.measure, m.figure.metric.id])).toEqual([
      ['growth', 'b-g'],
      ['ai-share', 'b-share'],
    ]);
    expect(cs[1]!.measures.map((m) => [m.measure, m.figure.metric.id])).toEqual([
      ['growth', 'a-g'],
      ['ai-growth', 'a-ai'],
    ]);
  });
  it('takes the latest revenue and falls back to guidance', () => {
    const u = clouds(us, true, 'en', kindOf);
    expect(u.map((c) => [c.revenue?.metric.id, c.comparison])).toEqual([
      ['g-rev', true],
      ['az', true],
    ]);
    expect(u[1]!.revenue?.kind).toBe('guidance');
    expect(revenuePeriods(u, 'en')).toBe('Q3 2024');
  });
});

describe('revenueBars', () => {
  it('converts CNY to the display currency and marks the conversion as derived', () => {
    const bars = revenueBars(clouds(baidu, false, 'en', kindOf), { currency: 'USD', cnyPerUsd: 7, lang: 'en' }, w);
    expect(bars[0]!.value).toBe(7e8);
    expect(bars[0]!.text).toBe('$700M');
    expect(bars[0]!.tip.derived).toBe('CN¥4.9B ÷ 7');
  });
  it('shows CNY natively when the reader chose CNY', () => {
    const bars = revenueBars(clouds(baidu, false, 'en', kindOf), { currency: 'CNY', cnyPerUsd: 7, lang: 'en' }, w);
    expect(bars[0]).toMatchObject({ value: 4.9e9, text: 'CN¥4.9B' });
    expect(bars[0]!.tip.derived).toBeUndefined();
  });
  it('draws a guidance range as [low, high]', () => {
    const bars = revenueBars(clouds(us, true, 'en', kindOf), { currency: 'USD', cnyPerUsd: 7, lang: 'en' }, w);
    expect(bars[1]).toMatchObject({ value: [24.5e9, 25e9], isRange: true, text: '$24.5B–$25B (guidance)' });
  });
});

describe('percentRows', () => {
  it('keeps exact figures as bars, ranges as [low, high] and lower bounds as open markers', () => {
    const rows = percentRows(clouds([...baidu, ...alibaba, ...us], false, 'en', kindOf), 'en', w);
    expect(rows.map((r) => [r.key, r.bar, r.open, r.text])).toEqual([
      ['b-g', 11, null, '11%'],
      ['b-share', null, 11, '≥11%'],
      ['a-g', 6, null, '6%'],
      ['a-ai', null, 100, '≥100%'],
      ['g-g', 35, null, '≈35%'],
      ['az-g', [35, 36], null, '35%–36%'],
    ]);
  });
});

describe('cloudTable', () => {
  it('lists revenue in the display currency beside the reported figure', () => {
    const h = {
      cloud: 'C',
      measure: 'M',
      period: 'P',
      value: 'V',
      reported: 'R',
      bound: 'B',
      kind: 'K',
      derived: 'D',
      source: 'S',
    };
    const tw = {
      ...w,
      revenueLabel: 'revenue',
      guidanceLabel: 'revenue guidance',
      boundLabel: (b: string) => b,
      comparisonTag: 'US comparison',
    };
    const cs = [...clouds(alibaba, false, 'en', kindOf), ...clouds(us, true, 'en', kindOf)];
    const usd = cloudTable(cs, { currency: 'USD', cnyPerUsd: 7.2, lang: 'en' }, h, tw);
    expect(usd.rows[0]).toMatchObject({
      cloud: 'Alibaba Cloud',
      value: '$3.687B',
      reported: 'CN¥26.55B',
      derived: 'CN¥26.55B ÷ 7.2',
    });
    const cny = cloudTable(cs, { currency: 'CNY', cnyPerUsd: 7.2, lang: 'en' }, h, tw);
    expect(cny.rows[0]).toMatchObject({ value: 'CN¥26.55B', derived: null });
    expect(cny.rows.find((r) => r.measure === 'revenue guidance')).toMatchObject({
      cloud: 'Azure (US comparison)',
      bound: 'range',
      kind: 'guidance',
      derived: '$24.5B–$25B × 7.2',
    });
    expect(cny.rows.find((r) => r.measure === 'ai-growth')!.value).toBe('≥100%');
  });
});
