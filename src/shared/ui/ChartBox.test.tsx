// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
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
