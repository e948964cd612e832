// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { useLiveChart, type LiveChart } from './useLiveChart';
import { installFakeIntersection, report, resetObservers } from './fakeIntersection.test-util';

const out = { current: null as LiveChart | null };
/** `live` at every commit of the probe. */
const history: boolean[] = [];

function Probe({ hasContent = true }: { hasContent?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const live = useLiveChart(ref, hasContent);
  useEffect(() => {
    out.current = live;
    history.push(live.live);
  });
  return <div ref={ref} />;
}

describe('useLiveChart', () => {
  beforeEach(() => {
    installFakeIntersection();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    resetObservers();
  });

  it('is live only while the observer says the panel is near the viewport', () => {
    render(<Probe />);
    expect(out.current!.live).toBe(false);
    act(() => report('all'));
    expect(out.current!.live).toBe(true);
    act(() => report('none'));
    expect(out.current!.live).toBe(false);
  });

  it('goes far only beyond the wider leave margin, so a panel at the edge does not flip back and forth', () => {
    render(<Probe />);
    act(() => report('far-only')); // between the margins, coming from far: still far
    expect(out.current!.live).toBe(false);
    act(() => report('all'));
    expect(out.current!.live).toBe(true);
    act(() => report('far-only')); // between the margins, coming from near: still near
    expect(out.current!.live).toBe(true);
    act(() => report('none'));
    expect(out.current!.live).toBe(false);
  });

  it('reveal makes a held chart live until released', async () => {
    render(<Probe />);
    let pending!: Promise<() => void>;
    act(() => {
      pending = out.current!.reveal();
    });
    expect(out.current!.live).toBe(true);
    let release: (() => void) | undefined;
    await act(async () => {
      release = await pending;
    });
    expect(out.current!.live).toBe(true);
    act(() => {
      release!();
      release!(); // a second call does not let go of another hold
    });
    expect(out.current!.live).toBe(false);
  });

  it('reveal of a chart already drawn resolves at once; a held one waits for frames after it is drawn', async () => {
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    render(<Probe />);
    act(() => report('all'));
    expect(out.current!.live).toBe(true);
    raf.mockClear();
    let release: (() => void) | undefined;
    await act(async () => {
      release = await out.current!.reveal();
    });
    expect(raf).not.toHaveBeenCalled();
    act(() => release!());
    act(() => report('none'));
    expect(out.current!.live).toBe(false);
    let pending!: Promise<() => void>;
    act(() => {
      pending = out.current!.reveal();
    });
    await act(async () => {
      release = await pending;
    });
    // ResponsiveContainer measures after the first layout: two frames before the export reads the chart.
    expect(raf).toHaveBeenCalledTimes(2);
    release!();
    raf.mockRestore();
  });

  it('starts a chart only once it has content, in a render after the one that brought it', () => {
    const { rerender } = render(<Probe hasContent={false} />);
    act(() => report('all'));
    expect(out.current!.live).toBe(false);
    history.length = 0;
    act(() => rerender(<Probe hasContent />));
    // The commit that brought the content still holds the chart; the transition after it starts it.
    expect(history).toEqual([false, true]);
    expect(out.current!.live).toBe(true);
    // Once started, losing and regaining content does not hold the chart back again.
    act(() => rerender(<Probe hasContent={false} />));
    act(() => rerender(<Probe hasContent />));
    expect(out.current!.live).toBe(true);
  });

  it('is always live without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(out.current!.live).toBe(true);
  });
});
