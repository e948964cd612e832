import { z } from 'zod';

export const ErrorCode = z.enum(['bad_request', 'not_found', 'method_not_allowed', 'internal', 'unavailable']);

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

/** The only methods the API answers; any other on a known route is a 405 with this `Allow`. */
export const READ_METHODS = ['GET', 'HEAD'] as const;
export const ALLOW_HEADER = READ_METHODS.join(', ');

export function isReadMethod(method: string): boolean {
  return (READ_METHODS as readonly string[]).includes(method);
}

export function methodNotAllowedBody(method: string, path: string): ApiErrorBody {
  return {
    error: {
      code: 'method_not_allowed',
      message: `method ${method} not allowed on ${path}; allowed: ${ALLOW_HEADER}`,
      details: [],
    },
  };
}

/** The 503 body: the server is up but cannot serve (its database cannot be read). */
export function unavailableBody(message: string): ApiErrorBody {
  return { error: { code: 'unavailable', message, details: [] } };
}
