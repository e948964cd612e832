import { describe, expect, it } from 'vitest';
import { ApiHttpError, ApiShapeError } from '../shared/api/client';
import { ApiTimeoutError } from '../shared/api/timeout';
import { createQueryClient } from './queryClient';

const retry = createQueryClient().getDefaultOptions().queries?.retry as (count: number, err: unknown) => boolean;

describe('the query client’s retry policy', () => {
  it('retries a 5xx or a network failure twice', () => {
    expect(retry(0, new ApiHttpError(503, 'busy'))).toBe(true);
    expect(retry(1, new TypeError('fetch failed'))).toBe(true);
    expect(retry(2, new ApiHttpError(503, 'busy'))).toBe(false);
  });
  it('does not retry what will not get better: a 4xx, a malformed answer', () => {
    expect(retry(0, new ApiHttpError(400, 'bad'))).toBe(false);
    expect(retry(0, new ApiShapeError('models', ['x']))).toBe(false);
  });
  it('does not retry a timeout: the panel shows Retry after 15 s, not after three of them', () => {
    expect(retry(0, new ApiTimeoutError('models', 15_000))).toBe(false);
  });
});
