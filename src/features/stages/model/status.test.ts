import { describe, expect, it, vi } from 'vitest';
import { combineStatus } from './status';

const q = (p: Partial<{ isPending: boolean; isError: boolean; error: unknown }> = {}) => ({
  isPending: false,
  isError: false,
  error: null,
  refetch: vi.fn(),
  ...p,
});

describe('combineStatus', () => {
  it('is pending while any query is', () => {
    expect(combineStatus([q(), q({ isPending: true })]).isPending).toBe(true);
    expect(combineStatus([q(), q()]).isPending).toBe(false);
  });
  it('fails with the first error and retries only the failed queries', async () => {
    const ok = q();
    const bad = q({ isError: true, error: new Error('boom') });
    const s = combineStatus([ok, bad]);
    expect(s.isError).toBe(true);
    expect((s.error as Error).message).toBe('boom');
    await s.refetch();
    expect(bad.refetch).toHaveBeenCalledOnce();
    expect(ok.refetch).not.toHaveBeenCalled();
  });
});
