import { z } from 'zod';
import { MetricKey, Region, SourceKind } from './resources';
import { PageCursor, PageLimit } from './pagination';

/**
 * Query parameters as they arrive: every value is a list of strings, because
 * `vendor` and `metric` repeat (`?vendor=openai&vendor=google`).
 */
export type RawQuery = Record<string, string[]>;

const YEAR_OR_DATE = /^\d{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/;

/** `from`/`to`: a year (2024) or an ISO date (2024-05-13). */
export const DateBound = z
  .string()
  .regex(YEAR_OR_DATE, 'expected a year (2024) or an ISO date (2024-05-13)')
  .refine(
    (s) =>
      s.length === 4 ||
      (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)),
    'not a real calendar date',
  );

const VendorId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a vendor id such as openai');

const single = <T extends z.ZodType>(schema: T) =>
  z
    .array(z.string())
    .max(1, 'may be given once')
    .optional()
    .transform((a) => a?.[0])
    .pipe(schema.optional() as unknown as z.ZodOptional<z.ZodType<z.output<T>, string>>);

const many = <T extends z.ZodType>(schema: T) => z.array(schema).max(50, 'at most 50 values').optional();

/** Filters every vendor-linked, dated list accepts. */
export const ListFilterShape = {
  vendor: many(VendorId),
  region: single(Region),
  from: single(DateBound),
  to: single(DateBound),
};

/** Paging, accepted by every list: see pagination.ts. */
export const PageShape = {
  limit: single(PageLimit),
  cursor: single(PageCursor),
};

const withOrder = <S extends z.ZodRawShape>(shape: S) =>
  z
    .strictObject(shape)
    .refine(
      (q: { from?: unknown; to?: unknown }) =>
        typeof q.from !== 'string' || typeof q.to !== 'string' || boundStart(q.from) <= boundEnd(q.to),
      { message: 'from is after to', path: ['from'] },
    );

/** First day covered by a `from` bound. */
export function boundStart(b: string): string {
  return b.length === 4 ? `${b}-01-01` : b;
}
/** Last day covered by a `to` bound. */
export function boundEnd(b: string): string {
  return b.length === 4 ? `${b}-12-31` : b;
}

export const VendorsQuery = z.strictObject({
  vendor: ListFilterShape.vendor,
  region: ListFilterShape.region,
  ...PageShape,
});
export const ModelsQuery = withOrder({ ...ListFilterShape, ...PageShape });
export const EventsQuery = withOrder({ ...ListFilterShape, ...PageShape });
export const ClaimsQuery = withOrder({ ...ListFilterShape, ...PageShape });
export const MetricsQuery = withOrder({ ...ListFilterShape, metric: many(MetricKey), ...PageShape });
export const StagesQuery = withOrder({ from: ListFilterShape.from, to: ListFilterShape.to, ...PageShape });
export const SourcesQuery = z.strictObject({
  id: many(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a source id')),
  kind: single(SourceKind),
  ...PageShape,
});

export type VendorsQuery = z.output<typeof VendorsQuery>;
export type ModelsQuery = z.output<typeof ModelsQuery>;
export type EventsQuery = z.output<typeof EventsQuery>;
export type ClaimsQuery = z.output<typeof ClaimsQuery>;
export type MetricsQuery = z.output<typeof MetricsQuery>;
export type StagesQuery = z.output<typeof StagesQuery>;
export type SourcesQuery = z.output<typeof SourcesQuery>;

/**
 * Turns URLSearchParams into the raw shape the query schemas read. The object
 * has no prototype: a parameter named `constructor`, `toString` or `__proto__`
 * is then an own key like any other (an unknown parameter, 400), not an
 * inherited function that `.push` would be called on.
 */
export function rawQueryFrom(params: URLSearchParams): RawQuery {
  const out = Object.create(null) as RawQuery;
  for (const [k, v] of params) (out[k] ??= []).push(v);
  return out;
}
