import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import type { Claim, Model } from '../../../shared/api/contract';
import { metric } from './fixtures.test-util';
import { apiPriceRows, pricingTable, subscriptionLadder, unpricedTiers } from './pricing';

const perMonth = {
  metric: 'subscription-price' as const,
  unit: 'currency-per-month' as const,
  currency: 'USD' as const,
  period: '2024',
};
const plus = metric({
  id: 'plus',
  ...perMonth,
  vendorId: 'openai',
  subject: { en: 'ChatGPT Plus', zh: 'ChatGPT Plus' },
  value: 20,
  sourceId: 's-plans',
});
const pro = metric({
  id: 'pro',
  ...perMonth,
  vendorId: 'openai',
  subject: { en: 'ChatGPT Pro', zh: 'ChatGPT Pro' },
  value: 200,
  sourceId: 's-plans',
});
const entry = metric({
  id: 'entry',
  ...perMonth,
  vendorId: null,
  subject: { en: 'Entry price of most large models', zh: '入门价位' },
  value: 20,
  sourceId: 's-entry',
});
const claim = (id: string, vendorIds: string[], en: string): Claim => ({
  id,
  topic: 'monetization',
  vendorIds,
  speaker: { en: 'The author', zh: '作者' },
  date: null,
  statement: { en, zh: en },
  quantity: null,
  sourceId: `s-${id}`,
});
const claims = [
  claim('subscription-mainstream', [], 'Limited daily uses + membership'),
  claim('kimi-tipping-model', ['moonshot'], 'Kimi tipping'),
  claim('other', [], 'x'),
];
const sources = new Map([
  [
    's-plans',
    {
      kind: 'reported' as const,
      quote: '仍然以OpenAI為例,推出了團隊版Team、每月20美金的Plus版本以及每月200美金的Pro版本。',
    },
  ],
  ['s-entry', { kind: 'reported' as const, quote: '20美金/月成了大部分大模型的入門價位。' }],
  ['s-subscription-mainstream', { kind: 'reported' as const, quote: '每日限次使用+會員訂閱' }],
  ['s-kimi-tipping-model', { kind: 'reported' as const, quote: 'Kimi創造性的采用“打賞”模式' }],
  ['s-price', { kind: 'reported' as const, quote: '0.15美元…5美元和15美元' }],
]);
const vendors = new Map([
  ['openai', { name: { en: 'OpenAI', zh: 'OpenAI' }, aliases: ['ChatGPT'] }],
  ['moonshot', { name: { en: 'Moonshot AI', zh: '月之暗面' }, aliases: ['Kimi'] }],
]);

describe('unpricedTiers', () => {
  it('finds the tier the plans sentence names without a price (Team)', () => {
    expect(unpricedTiers(sources.get('s-plans')!.quote, ['Plus', 'Pro'], ['OpenAI'])).toEqual([
      { name: 'Team', order: sources.get('s-plans')!.quote.indexOf('Team') },
    ]);
  });
});

describe('subscriptionLadder', () => {
  const ladder = subscriptionLadder({
    metrics: [pro, plus, entry],
    claims,
    sources,
    vendors,
    currency: 'USD',
    cnyPerUsd: 7.2,
    lang: 'en',
  });
  it('free tier, Team (no price), Plus, Pro in the article’s order, tipping last', () => {
    expect(ladder.steps.map((s) => [s.type, s.name, s.display])).toEqual([
      ['free', '', null],
      ['unpriced', 'Team', null],
      ['priced', 'ChatGPT Plus', '$20'],
      ['priced', 'ChatGPT Pro', '$200'],
      ['tipping', 'Moonshot AI', null],
    ]);
    expect(ladder.steps[1]!.reading).toBe(true);
    expect(ladder.steps[1]!.price).toBeNull();
  });
  it('keeps the industry-wide entry price apart', () => {
    expect(ladder.entry).toMatchObject({ name: 'Entry price of most large models', display: '$20' });
  });
  it('converts prices to the reader’s currency', () => {
    const cny = subscriptionLadder({
      metrics: [plus],
      claims: [],
      sources,
      vendors,
      currency: 'CNY',
      cnyPerUsd: 7,
      lang: 'en',
    });
    expect(cny.steps.find((s) => s.type === 'priced')!.price!.point).toBe(140);
  });
});

const model = (id: string, name: string, input: number, output: number): Model => ({
  id,
  vendorId: 'openai',
  name,
  kind: 'model',
  released: '2024-05',
  parameters: null,
  modalities: null,
  contextTokens: null,
  openSource: null,
  benchmarks: [],
  apiPrice: { input, output, currency: 'USD', sourceId: 's-price' },
  sourceId: 's-price',
});

describe('apiPriceRows', () => {
  const w = { input: 'input', output: 'output', perMillion: '/ M' };
  it('lists models with a price, cheapest first, with both tips', () => {
    const rows = apiPriceRows(
      [
        model('gpt-4o', 'GPT-4o', 5, 15),
        model('mini', 'GPT-4o mini', 0.15, 0.6),
        { ...model('x', 'X', 1, 1), apiPrice: null },
      ],
      'USD',
      7.2,
      'en',
      sources,
      w,
    );
    expect(rows.map((r) => [r.model, r.input, r.output])).toEqual([
      ['GPT-4o mini', 0.15, 0.6],
      ['GPT-4o', 5, 15],
    ]);
    expect(rows[0]!.outputText).toBe('$0.6 / M');
    expect(rows[0]!.tips).toHaveLength(2);
  });
  it('names a model by its Chinese name in the Chinese view', () => {
    const [row] = apiPriceRows(
      [{ ...model('qwen', 'Tongyi Qianwen', 1, 2), nameZh: '通义千问' }],
      'USD',
      7.2,
      'zh',
      sources,
      w,
    );
    expect(row!.model).toBe('通义千问');
    expect(row!.tips.map((t) => t.title)).toEqual(['通义千问 · input', '通义千问 · output']);
  });
  const h = {
    item: 'I',
    vendor: 'V',
    type: 'T',
    price: 'P',
    unit: 'U',
    kind: 'K',
    statement: 'St',
    source: 'S',
    perMonth: 'per month',
    perMillionInput: 'per M input',
    perMillionOutput: 'per M output',
    noPrice: 'no price stated',
    reading: 'reading',
    types: { free: 'free', unpriced: 'tier', priced: 'tier', tipping: 'tipping', entry: 'entry', api: 'api' },
  };
  const tableIn = (currency: 'USD' | 'CNY', lang: 'en' | 'zh') => {
    const ladder = subscriptionLadder({
      metrics: [plus, pro, entry],
      claims,
      sources,
      vendors,
      currency,
      cnyPerUsd: 7.2,
      lang,
    });
    const rows = apiPriceRows([model('gpt-4o', 'GPT-4o', 5, 15)], currency, 7.2, lang, sources, w);
    return pricingTable(ladder.steps, ladder.entry, rows, currency, (id) => id ?? '—', lang, h);
  };
  it('table: one row per ladder step, the entry price, and input/output rows per model', () => {
    const t = tableIn('USD', 'en');
    expect(t.rows).toHaveLength(5 + 1 + 2);
    expect(t.rows[1]).toMatchObject({ item: 'Team', price: 'no price stated', type: 'tier (reading)' });
    expect(t.rows[2]).toMatchObject({ item: 'ChatGPT Plus', price: '$20', unit: 'USD per month' });
    expect(t.rows[6]).toMatchObject({ item: 'GPT-4o', price: '$5', unit: 'USD per M input' });
  });
  it('gives the CSV the article’s prices as numbers in their own currency; tiers without one keep their words', () => {
    const t = tableIn('CNY', 'zh');
    expect(t.rows[2]!.price).toContain('¥');
    expect(csvFigure(t.rows[2]!)).toEqual({
      value: 20,
      low: null,
      high: null,
      bound: 'exact',
      unit: 'currency-per-month',
      currency: 'USD',
      period: '2024',
      kind: 'reported',
    });
    expect(csvFigure(t.rows[7]!)).toMatchObject({
      value: 15,
      unit: 'currency-per-million-output-tokens',
      currency: 'USD',
    });
    // Described, not priced: no number, the words in the CSV's statement column.
    expect(csvFigure(t.rows[0]!)).toMatchObject({ value: null, kind: 'reported' });
    expect(t.rows[0]!.statement).toBe('Limited daily uses + membership');
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['price', 'unit', 'kind']);
    expect(t.columns.filter((c) => c.csvOnly).map((c) => c.key)).toEqual(['statement']);
  });
});
