// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
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

  it('draws its chart in a container of that height once they may (and outside a Panel at once)', () => {
    const { container } = render(<ChartBox height={120}>{chart}</ChartBox>);
    expect(container.querySelector(`.${CHART_WAIT_CLASS}`)).toBeNull();
    expect((container.querySelector('.recharts-responsive-container') as HTMLElement).style.height).toBe('120px');
  });
});
