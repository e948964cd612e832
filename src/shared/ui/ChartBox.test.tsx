// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { LineChart } from 'recharts';
import { ChartBox, ChartsDrawnContext } from './ChartBox';

const chart = <LineChart data={[{ x: 1 }]} />;

describe('ChartBox wrapper attributes', () => {
  it('states the chart scale and mark on its wrapper, drawn or held', () => {
    for (const drawn of [true, false]) {
      const { container, unmount } = render(
        <ChartsDrawnContext.Provider value={drawn}>
          <ChartBox height={100} scale="log" mark="dot">
            {chart}
          </ChartBox>
        </ChartsDrawnContext.Provider>,
      );
      const box = container.querySelector<HTMLElement>('.chart-box');
      expect(box?.dataset.scale).toBe('log');
      expect(box?.dataset.mark).toBe('dot');
      unmount();
    }
  });
  it('leaves the attributes off when the chart states none', () => {
    const { container } = render(<ChartBox height={100}>{chart}</ChartBox>);
    const box = container.querySelector<HTMLElement>('.chart-box');
    expect(box).not.toBeNull();
    expect(box?.hasAttribute('data-scale')).toBe(false);
    expect(box?.hasAttribute('data-mark')).toBe(false);
  });
});

describe('ChartBox heading', () => {
  it('draws the heading above the chart and states it on the wrapper for the exports', () => {
    const { container } = render(
      <ChartBox height={100} heading="API prices">
        {chart}
      </ChartBox>,
    );
    const h = container.querySelector('h4.chart-heading');
    expect(h?.textContent).toBe('API prices');
    const box = container.querySelector<HTMLElement>('.chart-box')!;
    expect(box.dataset.heading).toBe('API prices');
    expect(h!.nextElementSibling).toBe(box);
  });
  it('draws no heading when the chart has none', () => {
    const { container } = render(<ChartBox height={100}>{chart}</ChartBox>);
    expect(container.querySelector('h4')).toBeNull();
    expect(container.querySelector('.chart-box')!.hasAttribute('data-heading')).toBe(false);
  });
});

describe('ChartBox width', () => {
  it('lays its chart out for the width it is drawn at, from the first render', () => {
    // 800: the width the test setup's ResizeObserver reports, as a browser's matches layout.
    const rect = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ width: 800, height: 100, top: 0, left: 0, right: 800, bottom: 100, x: 0, y: 0 } as DOMRect);
    const widths: number[] = [];
    render(
      <ChartBox height={100}>
        {(w) => {
          widths.push(w);
          return chart;
        }}
      </ChartBox>,
    );
    rect.mockRestore();
    // Never the 520-px guess: a chart is laid out at its own width the first time.
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((w) => w !== 800)).toEqual([]);
  });
});
