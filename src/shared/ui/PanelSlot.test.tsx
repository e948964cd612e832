// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { useViewStore } from '../filters/store';
import type { FilterUse } from '../filters/state';
import { PanelSlot } from './PanelSlot';
import { useLiveChart, type LiveChart } from './useLiveChart';
import { FAR_MARGIN } from './useNearness';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
/** The observers made, by root margin (useNearness makes one to enter and a wider one to leave). */
let observers: { cb: Callback; margin: string }[] = [];
/** The element is within `within` of the margins (all: near; none: far; 'far-only': between the two). */
function report(within: 'all' | 'none' | 'far-only') {
  for (const o of observers)
    o.cb([{ isIntersecting: within === 'all' || (within === 'far-only' && o.margin === FAR_MARGIN) }]);
}
class FakeObserver {
  constructor(cb: Callback, opts?: { rootMargin?: string }) {
    observers.push({ cb, margin: opts?.rootMargin ?? '' });
  }
  observe() {}
  disconnect() {}
}

const REGION_ONLY: FilterUse = { vendor: false, region: true, time: false };
/** The region the body saw at each of its renders. */
const seen: string[] = [];
const chart = { current: null as LiveChart | null };

function Body() {
  const ref = useRef<HTMLDivElement>(null);
  const region = useViewStore((s) => s.region);
  // Read though the panel ignores it: a held copy that followed every change would re-render it.
  useViewStore((s) => s.vendors.join());
  const live = useLiveChart(ref, true, REGION_ONLY);
  useEffect(() => {
    chart.current = live;
  });
  seen.push(region);
  return <div ref={ref}>{region}</div>;
}

const tick = () => new Promise<void>((r) => queueMicrotask(r));
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('PanelSlot', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
    seen.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    observers = [];
  });

  /** Updates outside act, so the synchronous render and the transitions after it can be told apart. */
  function withoutAct() {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    return () => {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    };
  }

  it('a panel far from the viewport is not rendered in the input’s synchronous render, and catches up after it', async () => {
    render(<PanelSlot panel={Body} />);
    expect(observers.length).toBe(2);
    const restore = withoutAct();
    try {
      const before = seen.length;
      useViewStore.getState().setRegion('cn');
      await tick(); // React flushes synchronous store updates in a microtask
      expect(seen.slice(before)).toEqual([]);
      await waitFor(() => expect(seen.at(-1)).toBe('cn'));
    } finally {
      restore();
    }
  });

  it('near the viewport it follows the store in the same render', async () => {
    render(<PanelSlot panel={Body} />);
    act(() => report('all'));
    const restore = withoutAct();
    try {
      useViewStore.getState().setRegion('us');
      await tick();
      expect(seen.at(-1)).toBe('us');
    } finally {
      restore();
    }
  });

  it('a far panel does not render at all for a change of a filter it ignores, or of a view option', async () => {
    act(() => useViewStore.getState().setVendors(['openai']));
    render(<PanelSlot panel={Body} />);
    const before = seen.length;
    await act(async () => {
      useViewStore.getState().setVendors(['openai', 'baidu']);
      useViewStore.getState().setVendors([]);
      useViewStore.getState().setLang('zh'); // view options wait until it comes near
      await pause(20);
    });
    expect(seen.length).toBe(before);
    // A change it uses still reaches it.
    await act(async () => {
      useViewStore.getState().setRegion('cn');
      await pause(20);
    });
    expect(seen.at(-1)).toBe('cn');
  });

  it('an export’s reveal makes a far panel read the store at once, and its chart live', async () => {
    render(<PanelSlot panel={Body} />);
    expect(chart.current!.live).toBe(false);
    let pending!: Promise<() => void>;
    act(() => {
      pending = chart.current!.reveal();
    });
    let release!: () => void;
    await act(async () => {
      release = await pending;
    });
    expect(chart.current!.live).toBe(true);
    const restore = withoutAct();
    try {
      useViewStore.getState().setRegion('us');
      await tick();
      expect(seen.at(-1)).toBe('us');
    } finally {
      restore();
    }
    act(() => release());
    expect(chart.current!.live).toBe(false);
  });

  it('coming near shows the current view', async () => {
    render(<PanelSlot panel={Body} />);
    await act(async () => {
      useViewStore.getState().setRegion('cn');
      await pause(10);
    });
    act(() => report('all'));
    expect(seen.at(-1)).toBe('cn');
    expect(chart.current!.live).toBe(true);
  });
});
