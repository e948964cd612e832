import { z } from 'zod';
import { API_PREFIX, endpoints, endpointNames } from './endpoints';
import { ApiErrorBody } from './errors';

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
      description: 'Figures and events of the AI large-model race, each with the article sentence it came from.',
    },
    paths,
  };
}
