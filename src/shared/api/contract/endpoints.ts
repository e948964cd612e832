import { z } from 'zod';
import { Claim, Event, Metric, Model, Source, Stage, Vendor } from './resources';
import { ClaimsQuery, EventsQuery, MetricsQuery, ModelsQuery, SourcesQuery, StagesQuery, VendorsQuery } from './params';

/**
 * How long a list answer stays fresh, in seconds: the server's Cache-Control
 * max-age and the client's React Query staleTime. The data changes when a
 * quarter's figures are added, not between clicks.
 */
export const LIST_MAX_AGE_S = 60;

export const API_PREFIX = '/api/v1';

/**
 * A page of a list: `count` records in `data`; `nextCursor` is the `cursor` of
 * the next page, null on the last one (see pagination.ts).
 */
const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    meta: z.object({ count: z.number().int().nonnegative(), nextCursor: z.string().min(1).nullable() }),
  });

/** Every endpoint of the API: its path, its query schema, its response schema. */
export const endpoints = {
  vendors: {
    path: '/vendors',
    query: VendorsQuery,
    accepts: ['vendor', 'region', 'limit', 'cursor'] as const,
    response: listOf(Vendor),
    summary: 'Companies in the race',
  },
  models: {
    path: '/models',
    query: ModelsQuery,
    accepts: ['vendor', 'region', 'from', 'to', 'limit', 'cursor'] as const,
    response: listOf(Model),
    summary: 'Models, products, chips and servers',
  },
  metrics: {
    path: '/metrics',
    query: MetricsQuery,
    accepts: ['vendor', 'region', 'from', 'to', 'metric', 'limit', 'cursor'] as const,
    response: listOf(Metric),
    summary: 'Figures: revenue, growth, users, cost',
  },
  events: {
    path: '/events',
    query: EventsQuery,
    accepts: ['vendor', 'region', 'from', 'to', 'limit', 'cursor'] as const,
    response: listOf(Event),
    summary: 'Dated events of the race',
  },
  stages: {
    path: '/stages',
    query: StagesQuery,
    accepts: ['from', 'to', 'limit', 'cursor'] as const,
    response: listOf(Stage),
    summary: 'The race’s stages',
  },
  claims: {
    path: '/claims',
    query: ClaimsQuery,
    accepts: ['vendor', 'region', 'from', 'to', 'limit', 'cursor'] as const,
    response: listOf(Claim),
    summary: 'Claims and forecasts',
  },
  sources: {
    path: '/sources',
    query: SourcesQuery,
    accepts: ['id', 'kind', 'limit', 'cursor'] as const,
    response: listOf(Source),
    summary: 'The article’s sentences behind every record',
  },
} as const;

export type EndpointName = keyof typeof endpoints;
export type EndpointQuery<E extends EndpointName> = z.output<(typeof endpoints)[E]['query']>;
export type EndpointResponse<E extends EndpointName> = z.infer<(typeof endpoints)[E]['response']>;
export type EndpointItem<E extends EndpointName> = EndpointResponse<E>['data'][number];

export const endpointNames = Object.keys(endpoints) as EndpointName[];

/** Parameter names an endpoint accepts, for error messages and the OpenAPI document. */
export function acceptedParams(name: EndpointName): readonly string[] {
  return endpoints[name].accepts;
}
