import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import {
  cloudTable,
  clouds,
  CLOUD_CAP,
  CN_CLOUD_METRICS,
  percentRows,
  revenueBars,
  revenuePeriods,
  shownClouds,
  US_CLOUD_METRICS,
  US_CLOUD_VENDORS,
} from './cloud';
import { dataset } from '../../../../data';
import { synthesize } from '../../../../bench/synth';
import { metric, type Records } from '../test/records';

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
    // The CSV: the figures as the article states them (CNY for Alibaba Cloud whatever the display), numbers and codes.
    expect(csvFigure(usd.rows[0]!)).toMatchObject({
      value: 26.549e9,
      unit: 'currency',
      currency: 'CNY',
      bound: 'exact',
    });
    expect(csvFigure(usd.rows[0]!).period).toMatch(/^2024-Q/);
    expect(csvFigure(cny.rows.find((r) => r.measure === 'revenue guidance')!)).toMatchObject({
      value: null,
      low: 24.5e9,
      high: 25e9,
      bound: 'range',
      currency: 'USD',
      kind: 'guidance',
    });
    expect(csvFigure(cny.rows.find((r) => r.measure === 'ai-growth')!)).toMatchObject({
      value: null,
      low: 100,
      bound: 'lower',
      unit: 'percent',
      currency: null,
    });
    expect(usd.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual([
      'period',
      'value',
      'reported',
      'bound',
      'kind',
      'derived',
    ]);
  });
});

describe('shownClouds (mark cap)', () => {
  const kindOf = () => 'reported' as const;
  const usd = { currency: 'USD' as const, cnyPerUsd: 7.2, lang: 'en' as const };
  /** What the panel asks for: Chinese clouds (region cn), and the US comparison (its own vendors). */
  const cloudsOf = (d: Records) => {
    const cn = new Set(d.vendors.filter((v) => v.region === 'cn').map((v) => v.id));
    const of = (keys: readonly string[], keep: (id: string) => boolean) =>
      d.metrics.filter((m) => keys.includes(m.metric) && m.vendorId !== null && keep(m.vendorId));
    return [
      ...clouds(
        of(CN_CLOUD_METRICS, (id) => cn.has(id)),
        false,
        'en',
        kindOf,
      ),
      ...clouds(
        of(US_CLOUD_METRICS, (id) => US_CLOUD_VENDORS.includes(id)),
        true,
        'en',
        kindOf,
      ),
    ];
  };
  const real = cloudsOf(dataset);
  const big = cloudsOf(synthesize(dataset, 100));
  const revenue = (c: (typeof real)[number]) => revenueBars([c], usd, w)[0]?.value as number;

  it('draws every cloud of the article, in order', () => {
    expect(real.map((c) => c.vendorId)).toEqual(['baidu', 'alibaba', 'google', 'microsoft']);
    expect(shownClouds(real, usd)).toEqual({ shown: real, total: 4, thinned: false });
  });

  it('caps 100× as many clouds, keeps the US comparison, and says so', () => {
    const drawn = shownClouds(big, usd);
    expect(drawn.total).toBe(202);
    expect(drawn.thinned).toBe(true);
    expect(drawn.shown.filter((c) => !c.comparison)).toHaveLength(CLOUD_CAP);
    expect(drawn.shown.filter((c) => c.comparison).map((c) => c.vendorId)).toEqual(['google', 'microsoft']);
    // the marks of both charts follow: a revenue bar and up to three % rows per cloud
    expect(revenueBars(drawn.shown, usd, w).length).toBeLessThanOrEqual(CLOUD_CAP + 2);
    expect(percentRows(drawn.shown, 'en', w).length).toBeLessThanOrEqual(3 * (CLOUD_CAP + 2));
  });

  it('keeps the largest revenue, in data order', () => {
    const cn = big.filter((c) => !c.comparison);
    const drawn = shownClouds(big, usd).shown.filter((c) => !c.comparison);
    const smallestKept = Math.min(...drawn.map(revenue));
    const dropped = cn.filter((c) => !drawn.includes(c));
    expect(dropped.every((c) => revenue(c) <= smallestKept)).toBe(true);
    const at = drawn.map((c) => cn.indexOf(c));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('compares revenue in the display currency; clouds without revenue go last', () => {
    const yuan = metric({
      id: 'y',
      vendorId: 'y',
      metric: 'revenue',
      period: '2024-Q3',
      value: 10e9,
      unit: 'currency',
      currency: 'CNY',
    });
    const dollar = metric({
      id: 'd',
      vendorId: 'd',
      metric: 'revenue',
      period: '2024-Q3',
      value: 2e9,
      unit: 'currency',
      currency: 'USD',
    });
    const share = metric({ id: 's', vendorId: 's', metric: 'ai-revenue-share', period: '2024-Q3', value: 20 });
    const cs = clouds([share, yuan, dollar], false, 'en', kindOf);
    // 2B USD = 14.4B CNY at 7.2: larger than 10B CNY in either display currency
    expect(shownClouds(cs, usd, 1).shown.map((c) => c.vendorId)).toEqual(['d']);
    expect(shownClouds(cs, { ...usd, currency: 'CNY' }, 2).shown.map((c) => c.vendorId)).toEqual(['y', 'd']);
  });
});
