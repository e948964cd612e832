import { z } from 'zod';
import { API_PREFIX, endpoints, endpointNames } from './endpoints';
import { ApiErrorBody } from './errors';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, PAGE_MAX_BYTES } from './pagination';

const PARAM_DOCS: Record<string, { description: string; repeat: boolean; schema: Record<string, unknown> }> = {
  vendor: { description: 'Vendor id; repeat for several (any matches)', repeat: true, schema: { type: 'string' } },
  region: {
    description: 'us or cn: records whose vendor is in the region',
    repeat: false,
    schema: { type: 'string', enum: ['us', 'cn'] },
  },
  from: {
    description: 'Year (2024) or ISO date: records whose dates overlap the range',
    repeat: false,
    schema: { type: 'string' },
  },
  to: { description: 'Year (2024) or ISO date, inclusive', repeat: false, schema: { type: 'string' } },
  metric: { description: 'Metric key; repeat for several', repeat: true, schema: { type: 'string' } },
  id: { description: 'Source id; repeat for several', repeat: true, schema: { type: 'string' } },
  kind: {
    description: 'reported, guidance, estimate, forecast, target or claim',
    repeat: false,
    schema: { type: 'string' },
  },
  limit: {
    description: `Records per page, 1 to ${PAGE_LIMIT_MAX} (default ${PAGE_LIMIT_DEFAULT}); a page also ends once its records pass ${PAGE_MAX_BYTES} bytes of JSON`,
    repeat: false,
    schema: { type: 'integer', minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT },
  },
  cursor: {
    description:
      'meta.nextCursor of the previous page, unchanged, with the same filters; absent for the first page (opaque: any other value is a 400)',
    repeat: false,
    schema: { type: 'string' },
  },
};

/** OpenAPI 3.1 document generated from the contract's zod schemas. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const name of endpointNames) {
    const e = endpoints[name];
    paths[`${API_PREFIX}${e.path}`] = {
      get: {
        operationId: `list_${name}`,
        summary: e.summary,
        parameters: e.accepts.map((p) => {
          const doc = PARAM_DOCS[p]!;
          return {
            name: p,
            in: 'query',
            required: false,
            description: doc.description,
            schema: doc.repeat ? { type: 'array', items: doc.schema } : doc.schema,
            ...(doc.repeat ? { style: 'form', explode: true } : {}),
          };
        }),
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': { schema: z.toJSONSchema(e.response, { io: 'output', unrepresentable: 'any' }) },
            },
          },
          '400': {
            description: 'Bad parameters',
            content: { 'application/json': { schema: z.toJSONSchema(ApiErrorBody) } },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Model Race API',
      version: '1.0.0',
      description:
        'Figures and events of the AI large-model race, each with the article sentence it came from. ' +
        `Lists come in pages of at most ${PAGE_LIMIT_MAX} records (and about ${PAGE_MAX_BYTES / 1024 / 1024} MB): ` +
        'follow meta.nextCursor until it is null.',
    },
    paths,
  };
}
