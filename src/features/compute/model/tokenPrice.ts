import type { Model, SourceKind, Vendor } from '../../../shared/api/contract';
import type { Currency, Lang } from '../../../shared/filters/state';
import { formatPlain } from '../../../shared/format/number';
import { numberFormat } from '../../../shared/format/intl';
import { kindLabel } from '../../../shared/i18n/i18n';
import { modelName } from '../../../shared/i18n/modelName';
import { figureCells, PER_MILLION_TOKENS, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { fill } from './sourceKind';
import { convertMoney } from '../../../shared/format/currency';
import { capEven, type Capped } from '../../../shared/charts/markCap';
import type { DotSpec } from '../../../shared/charts/DotMark';

export type PriceSide = 'input' | 'output';
export const SIDES: readonly PriceSide[] = ['input', 'output'];

/** A model with a stated API price, converted to the shown currency. */
export interface PricedModel {
  id: string;
  name: string;
  vendorId: string;
  vendorName: string;
  released: string | null;
  input: number;
  output: number;
  currency: Currency;
  statedCurrency: Currency;
  /** The prices as the article states them, in statedCurrency. */
  stated: { input: number; output: number };
  sourceId: string;
  kind: SourceKind;
}

/** Models with an API price, in release order (undated last). */
export function pricedModels(
  models: readonly Model[],
  opts: {
    vendors: ReadonlyMap<string, Vendor>;
    currency: Currency;
    cnyPerUsd: number;
    lang: Lang;
    kindOf: (sourceId: string) => SourceKind;
  },
): PricedModel[] {
  const { vendors, currency, cnyPerUsd, lang, kindOf } = opts;
  return models
    .filter((m): m is Model & { apiPrice: NonNullable<Model['apiPrice']> } => m.apiPrice !== null)
    .sort((a, b) => (a.released ?? '9999').localeCompare(b.released ?? '9999') || a.id.localeCompare(b.id))
    .map((m) => ({
      id: m.id,
      name: modelName(m, lang),
      vendorId: m.vendorId,
      vendorName: vendors.get(m.vendorId)?.name[lang] ?? m.vendorId,
      released: m.released,
      input: convertMoney(m.apiPrice.input, m.apiPrice.currency, currency, cnyPerUsd),
      output: convertMoney(m.apiPrice.output, m.apiPrice.currency, currency, cnyPerUsd),
      currency,
      statedCurrency: m.apiPrice.currency,
      stated: { input: m.apiPrice.input, output: m.apiPrice.output },
      sourceId: m.apiPrice.sourceId,
      kind: kindOf(m.apiPrice.sourceId),
    }));
}

/** A derived price ratio: the dearer model's price over the cheapest's, for one side. */
export interface PriceRatio {
  side: PriceSide;
  high: PricedModel;
  low: PricedModel;
  ratio: number;
}

/** Each model against the cheapest one, per side (input 5 / 0.15 ≈ 33×, output 15 / 0.60 = 25×). */
export function priceRatios(priced: readonly PricedModel[]): PriceRatio[] {
  const out: PriceRatio[] = [];
  for (const side of SIDES) {
    if (priced.length < 2) continue;
    const low = priced.reduce((a, b) => (b[side] < a[side] ? b : a));
    for (const high of priced)
      if (high !== low && high[side] > low[side]) out.push({ side, high, low, ratio: high[side] / low[side] });
  }
  return out;
}

/**
 * Most models drawn (one bar per side each). A model costs ~17 SVG elements
 * (two bars and their price labels), so 12 stay near 270 elements; more bars
 * than this no longer fit their labels. The article prices 2: never thinned.
 */
export const PRICE_MODEL_CAP = 12;

/** The models the bars are drawn for, and the ratios whose dearer model is among them. */
export interface PriceMarks extends Capped<PricedModel> {
  ratios: PriceRatio[];
}

/**
 * Up to the cap, every model in release order. Beyond it, `cap` models spread
 * evenly over output price (the cheapest and the dearest kept, so the price
 * range and its ratio stay true), drawn in release order. The table keeps all.
 */
export function priceMarks(
  priced: readonly PricedModel[],
  ratios: readonly PriceRatio[],
  cap = PRICE_MODEL_CAP,
): PriceMarks {
  if (priced.length <= cap) return { ...capEven(priced, cap), ratios: [...ratios] };
  const byPrice = priced
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.output - b.p.output || a.p.input - b.p.input || a.p.id.localeCompare(b.p.id));
  const picked = capEven(byPrice, cap);
  const shown = picked.shown.sort((a, b) => a.i - b.i).map((x) => x.p);
  const ids = new Set(shown.map((p) => p.id));
  return { shown, total: picked.total, thinned: true, ratios: ratios.filter((r) => ids.has(r.high.id)) };
}

/** Price per million tokens for display: 0.15 → "$0.15", 5 → "$5.00". */
export function formatPrice(v: number, currency: Currency, lang: Lang): string {
  return numberFormat(lang, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: v < 0.1 ? 4 : 2,
  }).format(v);
}

export function formatRatio(r: number, lang: Lang): string {
  return `${formatPlain(r, lang, 1)}×`;
}

export interface PriceWords {
  side: Record<PriceSide, string>;
  perMillion: string;
  /** Template {high} {low} {side}: ratio title. */
  ratioTitle: string;
  /** Template {a} {b}: how the ratio was computed. */
  ratioHow: string;
  /** Template {rate} {from} {to}. */
  converted: string;
}

/** One price drawn: a model's input or output price, a dot on its model's row. */
export interface PriceDot {
  key: string;
  /** The model's row (release order). */
  row: number;
  model: string;
  vendorId: string;
  side: PriceSide;
  dot: DotSpec;
  /** Its own figure, then the derived ratios it is the dearer side of. */
  tips: TipInfo[];
}

/**
 * The prices as a dot plot on a log axis (0.15 to 15 per million tokens: two
 * orders of magnitude): one row per model, its input price (lighter) and its
 * output price (solid) joined by a line, both prices in one label beside them.
 * Tooltips carry the ratios, marked derived.
 */
export function priceDots(
  priced: readonly PricedModel[],
  ratios: readonly PriceRatio[],
  lang: Lang,
  cnyPerUsd: number,
  w: PriceWords,
  colorOf: (p: PricedModel) => string,
): PriceDot[] {
  return priced.flatMap((p, row) => {
    const both = SIDES.map((side) => `${w.side[side]} ${formatPrice(p[side], p.currency, lang)}`).join(' · ');
    return SIDES.map((side) => {
      const price = formatPrice(p[side], p.currency, lang);
      const tips: TipInfo[] = [
        {
          title: `${p.name} · ${w.side[side]}`,
          value: `${price} ${w.perMillion}`,
          kind: p.kind,
          sourceId: p.sourceId,
          note:
            p.statedCurrency !== p.currency
              ? fill(w.converted, { rate: cnyPerUsd, from: p.statedCurrency, to: p.currency })
              : undefined,
        },
        ...ratios
          .filter((r) => r.side === side && r.high.id === p.id)
          .map((r) => ({
            title: fill(w.ratioTitle, { high: r.high.name, low: r.low.name, side: w.side[side] }),
            value: formatRatio(r.ratio, lang),
            kind: r.high.kind,
            sourceId: r.high.sourceId,
            derived: fill(w.ratioHow, { a: formatPlain(r.high[side], lang, 4), b: formatPlain(r.low[side], lang, 4) }),
          })),
      ];
      return {
        key: `${p.id}|${side}`,
        row,
        model: p.name,
        vendorId: p.vendorId,
        side,
        tips,
        dot: {
          value: p[side],
          low: p[side],
          high: p[side],
          bound: 'exact' as const,
          color: colorOf(p),
          // Input lighter, output solid: the legend's two swatches.
          fillOpacity: side === 'input' ? 0.45 : 0.9,
          dashed: false,
          // One label a row, on the output dot, clear of both dots: the two prices can sit close together.
          label: side === 'output' ? both : '',
          name: p.name,
          ...(side === 'output' ? { reach: p.input } : {}),
        },
      };
    });
  });
}

export function priceTable(
  priced: readonly PricedModel[],
  ratios: readonly PriceRatio[],
  lang: Lang,
  w: PriceWords,
  h: {
    model: string;
    vendor: string;
    side: string;
    price: string;
    currency: string;
    derived: string;
    kind: string;
    source: string;
  },
): TableSpec {
  const rows: TableSpec['rows'] = [];
  for (const p of priced)
    for (const side of SIDES)
      rows.push({
        model: p.name,
        vendor: p.vendorName,
        side: w.side[side],
        price: formatPrice(p[side], p.currency, lang),
        currency: p.statedCurrency !== p.currency ? `${p.statedCurrency} → ${p.currency}` : p.currency,
        derived: '',
        kind: kindLabel(p.kind, lang),
        source: p.sourceId,
        // The article's price, in its own currency (the screen may show it converted).
        ...figureCells({
          value: p.stated[side],
          bound: 'exact',
          unit: PER_MILLION_TOKENS[side],
          currency: p.statedCurrency,
          kind: p.kind,
        }),
      });
  for (const r of ratios)
    rows.push({
      model: fill(w.ratioTitle, { high: r.high.name, low: r.low.name, side: w.side[r.side] }),
      vendor: r.high.vendorId === r.low.vendorId ? r.high.vendorName : `${r.high.vendorName} / ${r.low.vendorName}`,
      side: w.side[r.side],
      price: formatRatio(r.ratio, lang),
      currency: '—',
      derived: fill(w.ratioHow, { a: formatPlain(r.high[r.side], lang, 4), b: formatPlain(r.low[r.side], lang, 4) }),
      kind: kindLabel(r.high.kind, lang),
      source: r.high.sourceId,
      ...figureCells({ value: r.ratio, bound: 'exact', unit: 'multiple', kind: r.high.kind }),
    });
  return {
    columns: [
      { key: 'model', header: h.model },
      { key: 'vendor', header: h.vendor },
      { key: 'side', header: h.side },
      { key: 'price', header: h.price, numeric: true, screenOnly: true },
      { key: 'currency', header: h.currency, screenOnly: true },
      { key: 'derived', header: h.derived },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows,
  };
}
