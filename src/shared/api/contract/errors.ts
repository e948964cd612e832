import { z } from 'zod';

export const ErrorCode = z.enum(['bad_request', 'not_found', 'internal']);

export const ApiErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.array(z.object({ param: z.string(), message: z.string() })),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Builds the 400 body for a failed parameter parse; identical in mock and server. */
export function badRequestBody(error: z.ZodError, accepted: readonly string[]): ApiErrorBody {
  const details = error.issues.map((i) => {
    if (i.code === 'unrecognized_keys')
      return { param: i.keys.join(','), message: `unknown parameter; accepted: ${accepted.join(', ')}` };
    return { param: i.path.map(String).join('.') || '(query)', message: i.message };
  });
  return {
    error: {
      code: 'bad_request',
      message: details.map((d) => `${d.param}: ${d.message}`).join('; '),
      details,
    },
  };
}

export function notFoundBody(path: string): ApiErrorBody {
  return { error: { code: 'not_found', message: `no such route: ${path}`, details: [] } };
}
