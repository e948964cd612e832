// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LineChart, useChartWidth } from 'recharts';
import { gateMaySkip, LiveGate } from './LiveGate';
import { CHART_WAIT_CLASS } from './chartWait';
import { ChartBox, ChartsDrawnContext } from './ChartBox';

const a = <span>a</span>;
const b = <span>b</span>;

describe('gateMaySkip', () => {
  it('skips every update while held, and unchanged updates while live', () => {
    expect(gateMaySkip({ live: true, children: a }, { live: false, children: b })).toBe(true);
    expect(gateMaySkip({ live: true, children: a }, { live: true, children: a })).toBe(true);
  });
  it('renders when it becomes live or its chart changed', () => {
    expect(gateMaySkip({ live: false, children: a }, { live: true, children: a })).toBe(false);
    expect(gateMaySkip({ live: true, children: a }, { live: true, children: b })).toBe(false);
  });
});

describe('gateMaySkip while frozen (the panel shows its previous answer)', () => {
  it('keeps a drawn chart, whatever changed', () => {
    expect(gateMaySkip({ live: true, children: a }, { live: true, frozen: true, children: b })).toBe(true);
  });
  it('still renders a gate that has not rendered live yet, and redraws once the answer lands', () => {
    expect(gateMaySkip({ live: false, children: a }, { live: true, frozen: true, children: a })).toBe(false);
    expect(gateMaySkip({ live: true, frozen: true, children: a }, { live: true, frozen: false, children: b })).toBe(
      false,
    );
  });
});

describe('LiveGate', () => {
  it('renders while live, then keeps the last render while held', () => {
    const { rerender } = render(
      <LiveGate live>
        <p>first</p>
      </LiveGate>,
    );
    expect(screen.getByText('first')).toBeTruthy();
    rerender(
      <LiveGate live={false}>
        <p>second</p>
      </LiveGate>,
    );
    expect(screen.getByText('first')).toBeTruthy();
    expect(screen.queryByText('second')).toBeNull();
    rerender(
      <LiveGate live>
        <p>second</p>
      </LiveGate>,
    );
    expect(screen.getByText('second')).toBeTruthy();
  });
});

describe('LiveGate mounted while not live', () => {
  it('renders once (the panel’s text, its charts as placeholders), then skips updates until live', () => {
    const { rerender } = render(
      <LiveGate live={false}>
        <p>first</p>
      </LiveGate>,
    );
    expect(screen.getByText('first')).toBeTruthy();
    rerender(
      <LiveGate live={false}>
        <p>second</p>
      </LiveGate>,
    );
    expect(screen.queryByText('second')).toBeNull();
  });
});

describe('ChartBox', () => {
  const chart = <svg data-testid="chart" />;

  it('holds a placeholder of its own height until its panel’s charts may draw', () => {
    const { container } = render(
      <ChartsDrawnContext.Provider value={false}>
        <ChartBox height={120}>{chart}</ChartBox>
      </ChartsDrawnContext.Provider>,
    );
    expect((container.querySelector(`.${CHART_WAIT_CLASS}`) as HTMLElement).style.height).toBe('120px');
    expect(screen.queryByTestId('chart')).toBeNull();
  });

  it('starts its chart at the width its placeholder was laid out at, so the chart does not render twice', () => {
    // 800: the width the test setup's ResizeObserver reports, as a browser's matches layout.
    const rect = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ width: 800, height: 120, top: 0, left: 0, right: 800, bottom: 120, x: 0, y: 0 } as DOMRect);
    const widths: (number | undefined)[] = [];
    function WidthSeen() {
      widths.push(useChartWidth());
      return null;
    }
    const Host = ({ drawn }: { drawn: boolean }) => (
      <ChartsDrawnContext.Provider value={drawn}>
        <ChartBox height={120}>
          <LineChart data={[{ x: 1 }]}>
            <WidthSeen />
          </LineChart>
        </ChartBox>
      </ChartsDrawnContext.Provider>
    );
    const { rerender } = render(<Host drawn={false} />);
    rerender(<Host drawn />);
    rect.mockRestore();
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((w) => w !== 800)).toEqual([]);
  });

  it('draws its chart in a container of that height once they may (and outside a Panel at once)', () => {
    const { container } = render(<ChartBox height={120}>{chart}</ChartBox>);
    expect(container.querySelector(`.${CHART_WAIT_CLASS}`)).toBeNull();
    expect((container.querySelector('.recharts-responsive-container') as HTMLElement).style.height).toBe('120px');
  });
});
