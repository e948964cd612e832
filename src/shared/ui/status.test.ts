import { describe, expect, it, vi } from 'vitest';
import { combineStatus, IDLE_STATUS } from './status';

const ok = { isPending: false, isError: false, error: null, refetch: vi.fn() };
const pending = { ...ok, isPending: true, refetch: vi.fn() };

describe('combineStatus', () => {
  it('is idle for no queries and pending while one is', () => {
    expect(combineStatus([])).toBe(IDLE_STATUS);
    expect(combineStatus([ok, pending])).toMatchObject({ isPending: true, isError: false });
    expect(combineStatus([ok, ok])).toMatchObject({ isPending: false, isError: false });
  });
  it('is updating while any part still shows its previous answer', () => {
    expect(combineStatus([ok, ok]).isPlaceholderData).toBe(false);
    expect(combineStatus([ok, { ...ok, isPlaceholderData: true }]).isPlaceholderData).toBe(true);
  });
  it('reports the first error and retries only the failed queries', async () => {
    const boom = new Error('boom');
    const bad = { isPending: false, isError: true, error: boom, refetch: vi.fn() };
    const s = combineStatus([ok, bad, pending]);
    expect(s).toMatchObject({ isPending: false, isError: true, error: boom });
    await s.refetch();
    expect(bad.refetch).toHaveBeenCalledTimes(1);
    expect(ok.refetch).not.toHaveBeenCalled();
  });
});
