import { z } from 'zod';

/** Which backend the client talks to, validated once at start-up. */
export interface ApiConfig {
  /** Base of the API, e.g. `/api/v1` (same origin) or `https://api.example.com/api/v1`. */
  baseUrl: string;
  /** Start the MSW worker before rendering (dev mock and the static demo). */
  mocking: boolean;
}

const Env = z.object({
  VITE_API_URL: z
    .string()
    .trim()
    .optional()
    .refine((u) => !u || /^https?:\/\/[^\s/]+(\/.*)?$/.test(u), 'VITE_API_URL must be an absolute http(s) URL'),
  VITE_API_MOCKING: z.enum(['true', 'false', '1', '0', '']).optional(),
});

export function readApiConfig(env: Record<string, unknown>): ApiConfig {
  const parsed = Env.safeParse({ VITE_API_URL: env.VITE_API_URL || undefined, VITE_API_MOCKING: env.VITE_API_MOCKING });
  if (!parsed.success) {
    throw new Error(
      `Invalid API configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const url = parsed.data.VITE_API_URL?.replace(/\/+$/, '');
  const base = url ? (url.endsWith('/api/v1') ? url : `${url}/api/v1`) : '/api/v1';
  const m = parsed.data.VITE_API_MOCKING;
  return { baseUrl: base, mocking: m === 'true' || m === '1' };
}
