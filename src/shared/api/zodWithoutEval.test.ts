import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

describe('zodWithoutEval', () => {
  afterEach(() => {
    z.config({ jitless: false });
    vi.restoreAllMocks();
  });

  it('turns off Zod’s compiler, so parsing an object never builds a Function', async () => {
    await import('./zodWithoutEval');
    expect(z.config().jitless).toBe(true);
    const made = vi.spyOn(globalThis, 'Function');
    const Row = z.object({ id: z.string(), n: z.number() });
    expect(Row.parse({ id: 'a', n: 1 })).toEqual({ id: 'a', n: 1 });
    expect(Row.safeParse({ id: 1 }).success).toBe(false);
    expect(made).not.toHaveBeenCalled();
  });
});
