// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { useMountSchedule } from './useMountSchedule';

describe('useMountSchedule', () => {
  it('mounts the first slice at once and the rest one after another', async () => {
    const seen: number[] = [];
    const none = () => [];
    const { result } = renderHook(() => {
      const n = useMountSchedule(4, none);
      seen.push(n);
      return n;
    });
    expect(seen[0]).toBe(1);
    await waitFor(() => expect(result.current).toBe(4));
    // Never skips a step: 1, 2, 3, 4.
    expect([...new Set(seen)]).toEqual([1, 2, 3, 4]);
  });
});
