import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import type { Model } from '../../../shared/api/contract';
import { dataset } from '../../../../data';
import {
  PRICE_MODEL_CAP,
  formatPrice,
  priceMarks,
  priceRatios,
  priceDots,
  priceTable,
  pricedModels,
} from './tokenPrice';

const model = (over: Partial<Model>): Model => ({
  id: 'm',
  vendorId: 'openai',
  name: 'M',
  kind: 'model',
  released: null,
  parameters: null,
  modalities: null,
  contextTokens: null,
  openSource: null,
  benchmarks: [],
  apiPrice: null,
  sourceId: 's-m',
  ...over,
});

const models: Model[] = [
  model({
    id: 'gpt-4o-mini',
    name: 'GPT-4o mini',
    released: '2024-07',
    apiPrice: { input: 0.15, output: 0.6, currency: 'USD', sourceId: 's-p' },
  }),
  model({
    id: 'gpt-4o',
    name: 'GPT-4o',
    released: '2024-05',
    apiPrice: { input: 5, output: 15, currency: 'USD', sourceId: 's-p' },
  }),
  model({ id: 'gpt-4', name: 'GPT-4', released: '2023-03' }),
];
const w = {
  side: { input: 'Input', output: 'Output' },
  perMillion: 'per 1M tokens',
  ratioTitle: '{high} ÷ {low}, {side}',
  ratioHow: '{a} ÷ {b}',
  converted: 'at {rate} {to}/{from}',
};
const opts = {
  vendors: new Map(),
  currency: 'USD' as const,
  cnyPerUsd: 7.2,
  lang: 'en' as const,
  kindOf: () => 'reported' as const,
};

describe('pricedModels', () => {
  it('keeps models with an API price, in release order', () => {
    const p = pricedModels(models, opts);
    expect(p.map((x) => x.id)).toEqual(['gpt-4o', 'gpt-4o-mini']);
    expect(p[1]).toMatchObject({ input: 0.15, output: 0.6, currency: 'USD', sourceId: 's-p', vendorName: 'openai' });
  });
  it('converts to CNY at the reader’s rate', () => {
    const p = pricedModels(models, { ...opts, currency: 'CNY', cnyPerUsd: 7 });
    expect(p[0]!.input).toBe(35);
    expect(p[0]!.statedCurrency).toBe('USD');
  });
  it('names a model by its Chinese name in the Chinese view', () => {
    const doubao = model({
      id: 'doubao',
      name: 'Doubao',
      nameZh: '豆包',
      apiPrice: { input: 0.8, output: 2, currency: 'CNY', sourceId: 's-p' },
    });
    expect(pricedModels([doubao], { ...opts, lang: 'zh' })[0]!.name).toBe('豆包');
    expect(pricedModels([doubao], opts)[0]!.name).toBe('Doubao');
  });
});

describe('priceRatios', () => {
  it('derives input ≈ 33× and output = 25×', () => {
    const r = priceRatios(pricedModels(models, opts));
    expect(r).toHaveLength(2);
    expect(r[0]!.side).toBe('input');
    expect(r[0]!.ratio).toBeCloseTo(33.33, 2);
    expect(r[1]!.ratio).toBeCloseTo(25, 10);
    expect(r[0]!.high.id).toBe('gpt-4o');
  });
  it('needs two models', () => {
    expect(priceRatios(pricedModels(models.slice(1), opts))).toEqual([]);
  });
});

describe('priceDots / priceTable', () => {
  const p = pricedModels(models, opts);
  const r = priceRatios(p);
  it('draws one row per model, input and output dots, and marks the ratio tooltip derived', () => {
    const dots = priceDots(p, r, 'en', 7.2, w, () => '#000');
    expect(dots.map((d) => [d.model, d.side, d.row, d.dot.value])).toEqual([
      ['GPT-4o', 'input', 0, 5],
      ['GPT-4o', 'output', 0, 15],
      ['GPT-4o mini', 'input', 1, 0.15],
      ['GPT-4o mini', 'output', 1, 0.6],
    ]);
    // One label a row, on the output dot, which reaches back to the input dot.
    expect(dots[0]!.dot).toMatchObject({ bound: 'exact', label: '', fillOpacity: 0.45 });
    expect(dots[1]!.dot).toMatchObject({ label: 'Input $5.00 · Output $15.00', reach: 5, fillOpacity: 0.9 });
    expect(dots[0]!.tips[0]).toMatchObject({ value: '$5.00 per 1M tokens' });
    expect(dots[0]!.tips[0]!.derived).toBeUndefined();
    expect(dots[0]!.tips[1]).toMatchObject({ value: '33.3×', derived: '5 ÷ 0.15' });
    expect(dots[1]!.tips[1]).toMatchObject({ value: '25×', derived: '15 ÷ 0.6' });
    // The cheaper model carries no ratio of its own.
    expect(dots[2]!.tips).toHaveLength(1);
  });
  it('lists prices and the derived ratios in the table', () => {
    const h = {
      model: 'Model',
      vendor: 'V',
      side: 'S',
      price: 'P',
      currency: 'C',
      derived: 'D',
      kind: 'K',
      source: 'Src',
    };
    const t = priceTable(p, r, 'en', w, h);
    expect(t.rows).toHaveLength(6);
    expect(t.rows[3]).toMatchObject({ model: 'GPT-4o mini', side: 'Output', price: '$0.60' });
    expect(t.rows[4]).toMatchObject({ price: '33.3×', derived: '5 ÷ 0.15' });
  });
  it('gives the CSV the article’s prices as numbers in their own currency, and the ratios as multiples', () => {
    const inCny = pricedModels(models, { ...opts, currency: 'CNY', cnyPerUsd: 7, lang: 'zh' });
    const h = { model: 'M', vendor: 'V', side: 'S', price: 'P', currency: 'C', derived: 'D', kind: 'K', source: 'Src' };
    const t = priceTable(inCny, priceRatios(inCny), 'zh', w, h);
    expect(t.rows[3]!.price).toContain('¥');
    expect(csvFigure(t.rows[3]!)).toEqual({
      value: 0.6,
      low: null,
      high: null,
      bound: 'exact',
      unit: 'currency-per-million-output-tokens',
      currency: 'USD',
      period: null,
      kind: 'reported',
    });
    expect(csvFigure(t.rows[4]!)).toMatchObject({ bound: 'exact', unit: 'multiple', currency: null });
    expect(csvFigure(t.rows[4]!).value).toBeCloseTo(5 / 0.15, 10);
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['price', 'currency', 'kind']);
  });
  it('formats prices and the log domain', () => {
    expect(formatPrice(0.15, 'USD', 'en')).toBe('$0.15');
  });
});

describe('priceMarks (mark cap)', () => {
  /** The bench's N× models: copies 1…n-1 with ids ending `-syn<n>-<k>`, prices times a factor in [0.85, 1.15]. */
  const pricedAt = (n: number) => {
    const out = [...dataset.models];
    for (let k = 1; k < n; k++)
      for (const m of dataset.models) {
        const f = 0.85 + (0.3 * ((k * 37) % 100)) / 100;
        out.push({
          ...m,
          id: `${m.id}-syn${n}-${k}`,
          vendorId: `${m.vendorId}-syn${n}-${k}`,
          apiPrice: m.apiPrice ? { ...m.apiPrice, input: m.apiPrice.input * f, output: m.apiPrice.output * f } : null,
        });
      }
    return pricedModels(out, opts);
  };

  it('leaves the article’s prices untouched', () => {
    const priced = pricedAt(1);
    expect(priced.length).toBeGreaterThan(0);
    const ratios = priceRatios(priced);
    expect(priceMarks(priced, ratios)).toEqual({ shown: priced, total: priced.length, thinned: false, ratios });
  });

  it('caps 100× the models, spread over output price with the cheapest and the dearest kept', () => {
    const priced = pricedAt(100);
    expect(priced).toHaveLength(100 * pricedAt(1).length);
    const ratios = priceRatios(priced);
    const c = priceMarks(priced, ratios);
    expect(c.thinned).toBe(true);
    expect(c.total).toBe(priced.length);
    expect(c.shown).toHaveLength(PRICE_MODEL_CAP);
    const outs = priced.map((p) => p.output);
    expect(c.shown.map((p) => p.output)).toContain(Math.min(...outs));
    expect(c.shown.map((p) => p.output)).toContain(Math.max(...outs));
    // drawn in release order, as unthinned
    const at = c.shown.map((p) => priced.indexOf(p));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // the ratios drawn are those of the shown (dearer) models
    expect(c.ratios.length).toBeGreaterThan(0);
    expect(c.ratios.every((r) => c.shown.includes(r.high))).toBe(true);
    expect(c.ratios).toEqual(ratios.filter((r) => c.shown.includes(r.high)));
  });

  it('capped hard, keeps the cheapest and the dearest, in release order', () => {
    const mid = model({
      id: 'mid',
      name: 'Mid',
      released: '2024-06',
      apiPrice: { input: 1, output: 4, currency: 'USD', sourceId: 's-p' },
    });
    const priced = pricedModels([...models, mid], opts);
    expect(priced.map((p) => p.id)).toEqual(['gpt-4o', 'mid', 'gpt-4o-mini']);
    const ratios = priceRatios(priced);
    const c = priceMarks(priced, ratios, 2);
    expect(c).toMatchObject({ total: 3, thinned: true });
    expect(c.shown.map((p) => p.id)).toEqual(['gpt-4o', 'gpt-4o-mini']);
    expect(c.ratios.map((r) => r.high.id)).toEqual(['gpt-4o', 'gpt-4o']);
    expect(priceMarks(priced, ratios, 1).shown.map((p) => p.id)).toEqual(['gpt-4o-mini']);
  });
});
