// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { renderWithQuery, useMockApi } from '../../../tests/setup/render';
import { Panel } from './Panel';

useMockApi();

const status = { isPending: false, isError: false, error: null, refetch: () => {} };
let mounts = 0;

function Chart() {
  useEffect(() => {
    mounts++;
  }, []);
  return <svg data-testid="chart" width="400" height="200" />;
}

function Demo({ isEmpty }: { isEmpty: boolean }) {
  return (
    <Panel
      id="demo"
      title="Demo"
      subtitle="Units"
      uses={{ vendor: true, region: true, time: true }}
      status={status}
      isEmpty={isEmpty}
      table={{ columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'x' }] }}
    >
      <Chart />
    </Panel>
  );
}

const note = () => document.querySelector('.panel__empty');
const host = { setEmpty: (_: boolean) => {} };
function Host({ initial }: { initial: boolean }) {
  const [isEmpty, set] = useState(initial);
  useEffect(() => {
    host.setEmpty = set;
  }, []);
  return <Demo isEmpty={isEmpty} />;
}

describe('Panel empty state', () => {
  it('a panel empty from the start shows the note and draws no chart', () => {
    mounts = 0;
    renderWithQuery(<Host initial />);
    expect(note()).toHaveTextContent('Nothing to show');
    expect(screen.queryByTestId('chart')).toBeNull();
    expect(mounts).toBe(0);
  });

  it('a chart that has drawn stays mounted, hidden under the note, while a filter empties the panel', async () => {
    mounts = 0;
    renderWithQuery(<Host initial={false} />);
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
    expect(mounts).toBe(1);

    act(() => host.setEmpty(true));
    const article = document.querySelector('[data-panel="demo"]')!;
    expect(article).toHaveAttribute('data-state', 'empty');
    expect(note()).toHaveTextContent('Nothing to show');
    const hold = article.querySelector('.panel__chart-hold')!;
    expect(hold).toHaveAttribute('aria-hidden', 'true');
    expect(hold).toHaveAttribute('inert');
    expect(hold).toContainElement(article.querySelector('[data-testid="chart"]'));

    act(() => host.setEmpty(false));
    expect(hold).not.toHaveAttribute('aria-hidden');
    expect(document.querySelector('.panel__empty')).toBeNull();
    expect(mounts).toBe(1);
  });
});
