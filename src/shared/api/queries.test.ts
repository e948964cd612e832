import { describe, expect, it } from 'vitest';
import { LIST_MAX_AGE_S } from './contract';
import { listQuery } from './queries';

describe('listQuery', () => {
  it('keeps an answer fresh exactly as long as the server says (Cache-Control max-age)', () => {
    expect(listQuery('vendors').staleTime).toBe(LIST_MAX_AGE_S * 1000);
  });

  it('keys the query by endpoint and every parameter', () => {
    const q = { region: 'cn' as const, vendor: ['baidu'] };
    expect(listQuery('models', q).queryKey).toEqual(['api', 'models', q]);
  });
});
