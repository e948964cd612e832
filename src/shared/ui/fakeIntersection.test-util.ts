import { vi } from 'vitest';
import { FAR_MARGIN } from './useNearness';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** The observers made since install, by root margin (useNearness makes one to enter and a wider one to leave). */
let observers: { cb: Callback; margin: string }[] = [];

class FakeObserver {
  constructor(cb: Callback, opts?: { rootMargin?: string }) {
    observers.push({ cb, margin: opts?.rootMargin ?? '' });
  }
  observe() {}
  disconnect() {}
}

/** Stubs IntersectionObserver (and rAF, which jsdom lacks) for one test; undo with `vi.unstubAllGlobals()` and `resetObservers()`. */
export function installFakeIntersection(): void {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
}

export function resetObservers(): void {
  observers = [];
}

export function observerCount(): number {
  return observers.length;
}

/** The element is within `within` of the margins (all: near; none: far; 'far-only': between the two). */
export function report(within: 'all' | 'none' | 'far-only'): void {
  for (const o of observers)
    o.cb([{ isIntersecting: within === 'all' || (within === 'far-only' && o.margin === FAR_MARGIN) }]);
}
