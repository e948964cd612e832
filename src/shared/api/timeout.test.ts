import { afterEach, describe, expect, it } from 'vitest';
import { apiTimeoutMs, ApiTimeoutError, DEFAULT_API_TIMEOUT_MS, setApiTimeout, withTimeout } from './timeout';

/** Work that never ends unless its signal aborts (then rejects with the signal's reason, as fetch does). */
const hang = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));

afterEach(() => setApiTimeout(DEFAULT_API_TIMEOUT_MS));

describe('withTimeout', () => {
  it('waits 15 s by default', () => {
    expect(DEFAULT_API_TIMEOUT_MS).toBe(15_000);
    expect(apiTimeoutMs()).toBe(15_000);
    expect(new ApiTimeoutError('models', 15_000).message).toBe('The API did not answer within 15 s');
  });
  it('turns work that does not end in time into an ApiTimeoutError naming the endpoint', async () => {
    setApiTimeout(50);
    const err = await withTimeout('models', undefined, hang).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiTimeoutError);
    expect(err).toMatchObject({ endpoint: 'models', seconds: 0.05, message: 'The API did not answer within 0.05 s' });
  });
  it('a timeout is an ApiTimeoutError even when the work turns the abort into another error', async () => {
    const err = await withTimeout(
      'models',
      undefined,
      (s) => hang(s).catch(() => Promise.reject(new Error('body is not JSON'))),
      30,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiTimeoutError);
  });
  it('a cancel by the caller stays a cancel (its abort reason), not a timeout', async () => {
    const outer = new AbortController();
    const run = withTimeout('models', outer.signal, hang, 1000);
    outer.abort();
    const err = await run.catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(ApiTimeoutError);
    expect(err).toMatchObject({ name: 'AbortError' });
  });
  it('an already-aborted caller signal aborts the work at once', async () => {
    const outer = new AbortController();
    outer.abort();
    let seen: boolean | undefined;
    await withTimeout('models', outer.signal, async (s) => (seen = s.aborted), 1000);
    expect(seen).toBe(true);
  });
  it('work that ends in time returns its result and leaves no timer behind', async () => {
    await expect(withTimeout('models', undefined, async () => 42, 1000)).resolves.toBe(42);
    let aborted = false;
    const outer = new AbortController();
    await withTimeout(
      'models',
      outer.signal,
      async (s) => {
        s.addEventListener('abort', () => (aborted = true));
        return 1;
      },
      20,
    );
    await new Promise((r) => setTimeout(r, 60));
    outer.abort();
    expect(aborted).toBe(false);
  });
  it('passes other errors through', async () => {
    const boom = new Error('HTTP 500');
    await expect(withTimeout('models', undefined, () => Promise.reject(boom), 1000)).rejects.toBe(boom);
  });
  it('refuses a timeout that is not a positive number', () => {
    expect(() => setApiTimeout(0)).toThrow(/positive/);
    expect(() => setApiTimeout(Number.NaN)).toThrow(/positive/);
  });
});
