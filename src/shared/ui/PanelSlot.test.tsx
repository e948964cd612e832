// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { useViewStore } from '../filters/store';
import type { FilterUse } from '../filters/state';
import { PanelSlot } from './PanelSlot';
import { useLiveChart, type LiveChart } from './useLiveChart';
import { installFakeIntersection, observerCount, report, resetObservers } from './fakeIntersection.test-util';

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
    installFakeIntersection();
    seen.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    resetObservers();
  });

  /**
   * Changes the region outside act, so the synchronous render and the transitions after it
   * can be told apart, and returns the regions rendered in the synchronous render (React
   * flushes synchronous store updates in a microtask). `after` runs still outside act.
   */
  async function regionInSyncRender(region: 'cn' | 'us', after?: () => Promise<void>): Promise<string[]> {
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    env.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const before = seen.length;
      useViewStore.getState().setRegion(region);
      await tick();
      const rendered = seen.slice(before);
      await after?.();
      return rendered;
    } finally {
      env.IS_REACT_ACT_ENVIRONMENT = true;
    }
  }

  it('a panel far from the viewport is not rendered in the input’s synchronous render, and catches up after it', async () => {
    render(<PanelSlot panel={Body} />);
    expect(observerCount()).toBe(2);
    const rendered = await regionInSyncRender('cn', () => waitFor(() => expect(seen.at(-1)).toBe('cn')));
    expect(rendered).toEqual([]);
  });

  it('near the viewport it follows the store in the same render', async () => {
    render(<PanelSlot panel={Body} />);
    act(() => report('all'));
    expect(await regionInSyncRender('us')).toEqual(['us']);
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
    expect(await regionInSyncRender('us')).toEqual(['us']);
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
