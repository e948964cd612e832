import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// jsdom has no layout: report a size so Recharts' ResponsiveContainer draws.
if (typeof window !== 'undefined') {
  class SizedResizeObserver {
    constructor(private readonly cb: ResizeObserverCallback) {}
    observe(target: Element) {
      this.cb(
        [
          {
            target,
            contentRect: { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0 },
          } as unknown as ResizeObserverEntry,
        ],
        this as unknown as ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = SizedResizeObserver as unknown as typeof ResizeObserver;
  globalThis.ResizeObserver = window.ResizeObserver;
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 });
  Element.prototype.scrollIntoView = function scrollIntoView() {};

  const { cleanup, configure } = await import('@testing-library/react');
  // The whole app in jsdom on 2 busy cores takes seconds to settle; findBy/waitFor wait up to 8 s.
  configure({ asyncUtilTimeout: 8000 });
  const { useViewStore } = await import('../../src/shared/filters/store');
  // zustand stores are module singletons: reset after each test.
  afterEach(() => {
    cleanup();
    useViewStore.getState().reset();
    window.history.replaceState(null, '', '/');
  });
}
