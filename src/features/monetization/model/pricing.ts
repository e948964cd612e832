import type { Claim, Metric, MetricKey, Model, Source, SourceKind, Vendor } from '../../../shared/api/contract';
import type { Currency, Lang } from '../../../shared/filters/state';
import { formatMoney } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import { modelName } from '../../../shared/i18n/modelName';
import {
  figureCells,
  metricFigure,
  PER_MILLION_TOKENS,
  type RowFigure,
  type TableSpec,
} from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';
import { convertMoney } from '../../../shared/format/currency';
import { mapSpan, spanOf, formatSpan, type Span } from './figures';

export const PRICE_METRICS = ['subscription-price'] as const satisfies readonly MetricKey[];

/**
 * Claims that describe a subscription model in words (no price): the free tier
 * with daily limits and Kimi's tipping. Looked up by record id; absent ones are skipped.
 */
export const QUALITATIVE_CLAIMS: Readonly<Record<string, 'free' | 'tipping'>> = {
  'subscription-mainstream': 'free',
  'kimi-tipping-model': 'tipping',
};

export type StepType = 'priced' | 'unpriced' | 'free' | 'tipping';

/** One step of the subscription ladder. */
export interface LadderStep {
  key: string;
  type: StepType;
  name: string;
  vendorId: string | null;
  /** Monthly price in the reader's currency; null where the article states none. */
  price: Span | null;
  /** For the CSV: the price as the article states it (its own currency); null where it states none. */
  figure: RowFigure | null;
  display: string | null;
  /** The claim's statement for qualitative steps. */
  text: string | null;
  kind: SourceKind;
  sourceId: string;
  /** Set when the step is our reading of a sentence rather than a record. */
  reading: boolean;
  /** Position in the article's sentence, for ordering. */
  order: number;
}

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;
const tierWord = (subject: string) => subject.trim().split(/\s+/).pop() ?? subject;
function positionOf(word: string, quote: string): number {
  const m = new RegExp(`(?<![A-Za-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`).exec(quote);
  return m ? m.index : Number.MAX_SAFE_INTEGER;
}

/**
 * Tiers a plans sentence names without a price: Latin words in it that are
 * neither a priced tier nor the vendor's name (仍然以OpenAI為例,推出了團隊版Team、每月20美金的Plus… → Team).
 */
export function unpricedTiers(
  quote: string,
  pricedTierWords: readonly string[],
  vendorWords: readonly string[],
): { name: string; order: number }[] {
  const skip = new Set([...pricedTierWords, ...vendorWords].map((w) => w.toLowerCase()));
  const seen = new Set<string>();
  const out: { name: string; order: number }[] = [];
  for (const m of quote.matchAll(LATIN_WORD)) {
    const w = m[0];
    if (skip.has(w.toLowerCase()) || seen.has(w)) continue;
    seen.add(w);
    out.push({ name: w, order: m.index });
  }
  return out;
}

export interface LadderInput {
  metrics: readonly Metric[];
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Pick<Source, 'kind' | 'quote'>>;
  vendors: ReadonlyMap<string, Pick<Vendor, 'name' | 'aliases'>>;
  currency: Currency;
  cnyPerUsd: number;
  lang: Lang;
}

/**
 * The ladder: free tier (claim), unpriced tiers named in the plans sentence,
 * priced tiers (subscription-price of a vendor), in the order the article names
 * them; Kimi's tipping (claim) last. The industry-wide entry price is `entry`.
 */
export function subscriptionLadder(input: LadderInput): { steps: LadderStep[]; entry: LadderStep | null } {
  const { metrics, claims, sources, vendors, currency, cnyPerUsd, lang } = input;
  const money = (n: number) => formatMoney(n, currency, lang);
  const priceOf = (m: Metric): Span | null => {
    const s = spanOf(m);
    return s && m.currency ? mapSpan(s, (n) => convertMoney(n, m.currency!, currency, cnyPerUsd)) : null;
  };
  const priced = metrics.filter((m) => m.metric === 'subscription-price' && m.unit === 'currency-per-month');
  const steps: LadderStep[] = [];
  let entry: LadderStep | null = null;
  for (const m of priced) {
    const price = priceOf(m);
    const quote = sources.get(m.sourceId)?.quote ?? '';
    const step: LadderStep = {
      key: m.id,
      type: 'priced',
      name: m.subject[lang],
      vendorId: m.vendorId,
      price,
      figure: metricFigure(m, sources.get(m.sourceId)?.kind ?? 'reported'),
      display: price ? formatSpan(price, money) : null,
      text: null,
      kind: sources.get(m.sourceId)?.kind ?? 'reported',
      sourceId: m.sourceId,
      reading: false,
      order: positionOf(tierWord(m.subject.en), quote),
    };
    if (m.vendorId === null) entry ??= step;
    else steps.push(step);
  }
  // Tiers named beside the priced ones in the same sentence, with no price of their own.
  const bySentence = new Map<string, Metric[]>();
  for (const m of priced) if (m.vendorId) bySentence.set(m.sourceId, [...(bySentence.get(m.sourceId) ?? []), m]);
  for (const [sourceId, ms] of bySentence) {
    const src = sources.get(sourceId);
    if (!src) continue;
    const vendorId = ms[0]!.vendorId!;
    const v = vendors.get(vendorId);
    const vendorWords = v
      ? [v.name.en, ...v.aliases, ...ms.map((m) => m.subject.en.split(/\s+/).slice(0, -1)).flat()]
      : [];
    for (const t of unpricedTiers(
      src.quote,
      ms.map((m) => tierWord(m.subject.en)),
      vendorWords,
    )) {
      steps.push({
        key: `${sourceId}-${t.name}`,
        type: 'unpriced',
        name: t.name,
        vendorId,
        price: null,
        figure: null,
        display: null,
        text: null,
        kind: src.kind,
        sourceId,
        reading: true,
        order: t.order,
      });
    }
  }
  const group = new Map<string, number>();
  for (const s of steps) if (!group.has(s.sourceId)) group.set(s.sourceId, group.size);
  steps.sort((a, b) => group.get(a.sourceId)! - group.get(b.sourceId)! || a.order - b.order);
  const qualitative = (type: 'free' | 'tipping') =>
    claims
      .filter((c) => QUALITATIVE_CLAIMS[c.id] === type)
      .map<LadderStep>((c) => ({
        key: c.id,
        type,
        name: type === 'tipping' ? c.vendorIds.map((id) => vendors.get(id)?.name[lang] ?? id).join(', ') : '',
        vendorId: c.vendorIds[0] ?? null,
        price: null,
        figure: null,
        display: null,
        text: c.statement[lang],
        kind: sources.get(c.sourceId)?.kind ?? 'claim',
        sourceId: c.sourceId,
        reading: false,
        order: -1,
      }));
  return { steps: [...qualitative('free'), ...steps, ...qualitative('tipping')], entry };
}

export interface ApiPriceRow {
  key: string;
  modelId: string;
  model: string;
  vendorId: string;
  input: number;
  output: number;
  inputText: string;
  outputText: string;
  /** The prices as the article states them, in statedCurrency. */
  stated: { input: number; output: number };
  statedCurrency: Currency;
  kind: SourceKind;
  sourceId: string;
  tips: TipInfo[];
}

/** Models with a stated API price per million tokens, in the reader's currency, cheapest input first. */
export function apiPriceRows(
  models: readonly Model[],
  currency: Currency,
  cnyPerUsd: number,
  lang: Lang,
  sources: ReadonlyMap<string, Pick<Source, 'kind'>>,
  w: { input: string; output: string; perMillion: string },
): ApiPriceRow[] {
  return models
    .filter((m): m is Model & { apiPrice: NonNullable<Model['apiPrice']> } => m.apiPrice !== null)
    .map((m) => {
      const p = m.apiPrice;
      const input = convertMoney(p.input, p.currency, currency, cnyPerUsd);
      const output = convertMoney(p.output, p.currency, currency, cnyPerUsd);
      const kind = sources.get(p.sourceId)?.kind ?? 'reported';
      const inputText = `${formatMoney(input, currency, lang)} ${w.perMillion}`;
      const outputText = `${formatMoney(output, currency, lang)} ${w.perMillion}`;
      const name = modelName(m, lang);
      return {
        key: m.id,
        modelId: m.id,
        model: name,
        vendorId: m.vendorId,
        input,
        output,
        inputText,
        outputText,
        stated: { input: p.input, output: p.output },
        statedCurrency: p.currency,
        kind,
        sourceId: p.sourceId,
        tips: [
          { title: `${name} · ${w.input}`, value: inputText, kind, sourceId: p.sourceId },
          { title: `${name} · ${w.output}`, value: outputText, kind, sourceId: p.sourceId },
        ],
      };
    })
    .sort((a, b) => a.input - b.input);
}

export interface PricingTableWords {
  item: string;
  vendor: string;
  type: string;
  price: string;
  unit: string;
  kind: string;
  statement: string;
  source: string;
  perMonth: string;
  perMillionInput: string;
  perMillionOutput: string;
  noPrice: string;
  reading: string;
  types: Record<StepType | 'entry' | 'api', string>;
}

export function pricingTable(
  steps: readonly LadderStep[],
  entry: LadderStep | null,
  api: readonly ApiPriceRow[],
  currency: Currency,
  vendorName: (id: string | null) => string,
  lang: Lang,
  h: PricingTableWords,
): TableSpec {
  const stepRow = (s: LadderStep, type: StepType | 'entry') => ({
    item: s.type === 'free' ? h.types.free : s.name,
    vendor: vendorName(s.vendorId),
    type: h.types[type] + (s.reading ? ` (${h.reading})` : ''),
    price: s.display ?? (s.type === 'unpriced' ? h.noPrice : (s.text ?? '—')),
    unit: s.price ? `${currency} ${h.perMonth}` : '—',
    kind: kindLabel(s.kind, lang),
    statement: s.text ?? (s.type === 'unpriced' ? h.noPrice : ''),
    source: s.sourceId,
    ...figureCells(s.figure ?? { kind: s.kind }),
  });
  const apiRow = (r: ApiPriceRow, side: 'input' | 'output') => ({
    item: r.model,
    vendor: vendorName(r.vendorId),
    type: h.types.api,
    price: formatMoney(r[side], currency, lang),
    unit: `${currency} ${side === 'input' ? h.perMillionInput : h.perMillionOutput}`,
    kind: kindLabel(r.kind, lang),
    statement: '',
    source: r.sourceId,
    // The article's price, in its own currency (the screen may show it converted).
    ...figureCells({
      value: r.stated[side],
      bound: 'exact',
      unit: PER_MILLION_TOKENS[side],
      currency: r.statedCurrency,
      kind: r.kind,
    }),
  });
  return {
    columns: [
      { key: 'item', header: h.item },
      { key: 'vendor', header: h.vendor },
      { key: 'type', header: h.type },
      { key: 'price', header: h.price, numeric: true, screenOnly: true },
      { key: 'unit', header: h.unit, screenOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      // The words of a tier the article describes without a price (on screen in the price column).
      { key: 'statement', header: h.statement, csvOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows: [
      ...steps.map((s) => stepRow(s, s.type)),
      ...(entry ? [stepRow(entry, 'entry')] : []),
      ...api.flatMap((r) => [apiRow(r, 'input'), apiRow(r, 'output')]),
    ],
  };
}
