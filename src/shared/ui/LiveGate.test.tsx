// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { gateMaySkip, LiveGate } from './LiveGate';
import { CHART_WAIT_CLASS } from './chartWait';

const a = <span>a</span>;
const b = <span>b</span>;

describe('gateMaySkip', () => {
  it('skips every update while held, and unchanged updates while live', () => {
    expect(
      gateMaySkip(
        { live: true, placeholderHeight: 1, children: a },
        { live: false, placeholderHeight: 1, children: b },
      ),
    ).toBe(true);
    expect(
      gateMaySkip({ live: true, placeholderHeight: 1, children: a }, { live: true, placeholderHeight: 1, children: a }),
    ).toBe(true);
  });
  it('renders when it becomes live or its chart changed', () => {
    expect(
      gateMaySkip(
        { live: false, placeholderHeight: 1, children: a },
        { live: true, placeholderHeight: 1, children: a },
      ),
    ).toBe(false);
    expect(
      gateMaySkip({ live: true, placeholderHeight: 1, children: a }, { live: true, placeholderHeight: 1, children: b }),
    ).toBe(false);
  });
});

describe('gateMaySkip while frozen (the panel shows its previous answer)', () => {
  it('keeps a drawn chart, whatever changed', () => {
    expect(
      gateMaySkip(
        { live: true, placeholderHeight: 1, children: a },
        { live: true, frozen: true, placeholderHeight: 1, children: b },
      ),
    ).toBe(true);
  });
  it('still draws a chart that has not drawn yet, and redraws once the answer lands', () => {
    expect(
      gateMaySkip(
        { live: false, placeholderHeight: 1, children: a },
        { live: true, frozen: true, placeholderHeight: 1, children: a },
      ),
    ).toBe(false);
    expect(
      gateMaySkip(
        { live: true, frozen: true, placeholderHeight: 1, children: a },
        { live: true, frozen: false, placeholderHeight: 1, children: b },
      ),
    ).toBe(false);
  });
});

describe('LiveGate', () => {
  it('holds a placeholder until live, then keeps the last render while held', () => {
    const { rerender, container } = render(
      <LiveGate live={false} placeholderHeight={120}>
        <p>first</p>
      </LiveGate>,
    );
    expect(screen.queryByText('first')).toBeNull();
    expect((container.querySelector(`.${CHART_WAIT_CLASS}`) as HTMLElement).style.height).toBe('120px');
    rerender(
      <LiveGate live placeholderHeight={120}>
        <p>first</p>
      </LiveGate>,
    );
    expect(screen.getByText('first')).toBeTruthy();
    rerender(
      <LiveGate live={false} placeholderHeight={120}>
        <p>second</p>
      </LiveGate>,
    );
    expect(screen.getByText('first')).toBeTruthy();
    expect(screen.queryByText('second')).toBeNull();
    rerender(
      <LiveGate live placeholderHeight={120}>
        <p>second</p>
      </LiveGate>,
    );
    expect(screen.getByText('second')).toBeTruthy();
  });
});
