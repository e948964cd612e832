import { z } from 'zod';

/** A text in both of the dashboard's languages. */
export const LocalizedText = z.object({ en: z.string().min(1), zh: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Region = z.enum(['us', 'cn']);
export type Region = z.infer<typeof Region>;

/** How sure the article is of a figure: kept as the article states it. */
export const SourceKind = z.enum(['reported', 'guidance', 'estimate', 'forecast', 'target', 'claim']);
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * A date as precise as the article gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Quarters are written `YYYY-Qn`; halves `YYYY-Hn`. `YYYY-QX` is one quarter
 * of the year that the article does not name (阿里云“季度营收”): a quarter's
 * figure, placed in time only by its year (X for an unstated digit, as in
 * ISO 8601-2).
 */
export const PartialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4X]|-H[12])?$/,
    'expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-QX or YYYY-Hn',
  );
export type PartialDate = z.infer<typeof PartialDate>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');

export const Source = z.object({
  id: Id,
  /** The sentence exactly as it stands in the article (verbatim, encoding artefacts included). */
  quote: z.string().min(1),
  /** English translation of the quote. */
  en: z.string().min(1),
  kind: SourceKind,
  /** Section of the article the sentence stands in. */
  section: z.string().min(1),
});
export type Source = z.infer<typeof Source>;

export const VendorGroup = z.enum([
  'big-tech',
  'ai-lab',
  'little-dragon',
  'bat',
  'internet-platform',
  'vertical',
  'application',
  'chipmaker',
]);
export type VendorGroup = z.infer<typeof VendorGroup>;

export const Vendor = z.object({
  id: Id,
  name: LocalizedText,
  aliases: z.array(z.string().min(1)),
  /**
   * Where the company is, as the article says or as is plainly true of it; null
   * when neither places it in the US or China (the article does not say, and it
   * is not plainly American or Chinese, or it is plainly elsewhere: Stability AI).
   * A vendor with no region never matches a region filter.
   */
  region: Region.nullable(),
  group: VendorGroup,
  /** The sentence that names the vendor first. */
  sourceId: Id,
  note: LocalizedText.optional(),
});
export type Vendor = z.infer<typeof Vendor>;

export const Modality = z.enum(['text', 'image', 'audio', 'video', '3d']);
export type Modality = z.infer<typeof Modality>;

export const ModelKind = z.enum(['model', 'product', 'chip', 'server', 'platform']);
export type ModelKind = z.infer<typeof ModelKind>;

export const Benchmark = z.object({
  name: z.string().min(1),
  /** Score in percent. */
  value: z.number(),
  unit: z.literal('%'),
  sourceId: Id,
});
export type Benchmark = z.infer<typeof Benchmark>;

export const ApiPrice = z.object({
  /** Price per million input tokens. */
  input: z.number().positive(),
  /** Price per million output tokens. */
  output: z.number().positive(),
  currency: z.enum(['USD', 'CNY']),
  sourceId: Id,
});
export type ApiPrice = z.infer<typeof ApiPrice>;

export const Model = z.object({
  id: Id,
  vendorId: Id,
  /** Proper name, as in English (and in Chinese unless nameZh is set). */
  name: z.string().min(1),
  /**
   * The Chinese name the article uses (通义千问, 文心一言, 混元…, in simplified
   * characters as the dashboard's Chinese view writes), or a Chinese rendering of
   * a descriptive name; absent where the model has no other name in Chinese (GPT-4o).
   */
  nameZh: z.string().min(1).optional(),
  kind: ModelKind,
  /** null where the article gives no date. */
  released: PartialDate.nullable(),
  /** Parameter count (absolute number), null where the article gives none. */
  parameters: z.number().positive().nullable(),
  /** Input and output modalities the article states; null where it states none. */
  modalities: z.object({ input: z.array(Modality), output: z.array(Modality) }).nullable(),
  /** Context length in tokens. */
  contextTokens: z.number().int().positive().nullable(),
  openSource: z.boolean().nullable(),
  benchmarks: z.array(Benchmark),
  apiPrice: ApiPrice.nullable(),
  sourceId: Id,
  note: LocalizedText.optional(),
});
export type Model = z.infer<typeof Model>;

export const MetricKey = z.enum([
  'revenue',
  'revenue-growth-yoy',
  'revenue-guidance',
  'annualized-revenue',
  'loss',
  'ai-revenue-share',
  'ai-growth-contribution',
  'consumer-revenue-share',
  'weekly-active-users',
  'daily-active-users',
  'monthly-active-users',
  'paying-conversion-target',
  'advertisers-using-genai',
  'api-calls-daily',
  'api-calls-growth',
  'training-cost',
  'investment',
  'subscription-price',
  'models-released',
  'models-planned',
  'top-tier-survivors',
]);
export type MetricKey = z.infer<typeof MetricKey>;

export const MetricUnit = z.enum([
  'currency',
  'percent',
  'pp',
  'users',
  'advertisers',
  'calls-per-day',
  'multiple',
  'count',
  'currency-per-month',
]);
export type MetricUnit = z.infer<typeof MetricUnit>;

/** exact: the value as stated; approx: 约/近; range: low–high; lower: more than; upper: at most. */
export const Bound = z.enum(['exact', 'approx', 'range', 'lower', 'upper']);
export type Bound = z.infer<typeof Bound>;

export const Metric = z
  .object({
    id: Id,
    /** The company the figure belongs to; null for industry-wide figures. */
    vendorId: Id.nullable(),
    /** What is measured: the company, or one of its segments or products. */
    subject: LocalizedText,
    metric: MetricKey,
    /** The period the figure is for (e.g. 2024-Q3, 2024-09, 2024). */
    period: PartialDate,
    /** Point value for exact/approx; null for ranges and bounds-only figures. */
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    bound: Bound,
    unit: MetricUnit,
    currency: z.enum(['USD', 'CNY']).nullable(),
    /** Id of the metric this one is compared against (e.g. the prior-year revenue). */
    baselineId: Id.nullable(),
    sourceId: Id,
    note: LocalizedText.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.bound === 'range' && (m.low === null || m.high === null))
      ctx.addIssue({ code: 'custom', message: 'a range needs low and high' });
    if (m.bound === 'lower' && m.low === null) ctx.addIssue({ code: 'custom', message: 'a lower bound needs low' });
    if (m.bound === 'upper' && m.high === null) ctx.addIssue({ code: 'custom', message: 'an upper bound needs high' });
    if ((m.bound === 'exact' || m.bound === 'approx') && m.value === null)
      ctx.addIssue({ code: 'custom', message: 'an exact or approximate figure needs value' });
    if ((m.unit === 'currency' || m.unit === 'currency-per-month') !== (m.currency !== null))
      ctx.addIssue({ code: 'custom', message: 'currency is set exactly when the unit is a currency' });
  });
export type Metric = z.infer<typeof Metric>;

export const StageId = z.enum(['parameters', 'multimodal-monetization', 'application', 'device']);
export type StageId = z.infer<typeof StageId>;

/**
 * A stage of the race as the article tells it: a theme with a section of its
 * own, not a slice of the calendar. Stages overlap (the article's first two run
 * in parallel through 2023–24), and one, the device layer, is not dated at all.
 */
export const Stage = z
  .object({
    id: StageId,
    order: z.number().int().min(1),
    name: LocalizedText,
    /**
     * false for a stage the article does not place in time (the device layer,
     * “恐怕不是三五年的时间可以实现的”): then start and end are null.
     */
    dated: z.boolean(),
    /** First month (or quarter, year) of the material the article tells for the stage; see datesBasis. */
    start: PartialDate.nullable(),
    /** Last one; null while the stage is ongoing at the article's time, or when it is not dated. */
    end: PartialDate.nullable(),
    /**
     * The article section that tells the stage (`Source.section`): every event whose
     * sentence stands in it is filed under this stage. null: no section of its own.
     */
    section: z.string().min(1).nullable(),
    datesBasis: LocalizedText,
    future: z.boolean(),
    sourceId: Id,
  })
  .superRefine((s, ctx) => {
    if (s.dated && s.start === null) ctx.addIssue({ code: 'custom', message: 'a dated stage needs start' });
    if (!s.dated && (s.start !== null || s.end !== null))
      ctx.addIssue({ code: 'custom', message: 'a stage that is not dated has neither start nor end' });
  });
export type Stage = z.infer<typeof Stage>;

export const EventCategory = z.enum(['release', 'chip', 'finance', 'investment', 'business', 'people', 'product']);
export type EventCategory = z.infer<typeof EventCategory>;

export const Event = z.object({
  id: Id,
  date: PartialDate,
  /**
   * The stage whose section of the article tells the event (its source sentence
   * stands there); null for events told outside the stage sections (compute and
   * cost, China's worries). data:check holds it to the source's section.
   */
  stageId: StageId.nullable(),
  /**
   * How sure the article is of the event itself: a CFO taking office is
   * reported even where the sentence also states a target.
   */
  kind: SourceKind,
  vendorId: Id.nullable(),
  category: EventCategory,
  title: LocalizedText,
  description: LocalizedText,
  /** Models or products the event is about. */
  modelIds: z.array(Id),
  sourceId: Id,
  note: LocalizedText.optional(),
});
export type Event = z.infer<typeof Event>;

export const ClaimTopic = z.enum(['compute', 'cost', 'market', 'monetization', 'strategy', 'application', 'outlook']);
export type ClaimTopic = z.infer<typeof ClaimTopic>;

export const Claim = z.object({
  id: Id,
  topic: ClaimTopic,
  /** The vendors the claim is about (may be empty for industry-wide claims). */
  vendorIds: z.array(Id),
  /** Who made the claim (a person or the article's author). */
  speaker: LocalizedText,
  /** When it was made, where the article says. */
  date: PartialDate.nullable(),
  statement: LocalizedText,
  /** Machine-readable content of quantitative claims (e.g. a doubling period). */
  quantity: z
    .object({
      doublingMonths: z.number().positive().optional(),
      /** 'at-least' when the claim says "more than". */
      bound: z.enum(['exact', 'at-least']).optional(),
      count: z.number().int().positive().optional(),
    })
    .nullable(),
  sourceId: Id,
});
export type Claim = z.infer<typeof Claim>;
