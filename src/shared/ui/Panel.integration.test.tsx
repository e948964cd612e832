// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { renderWithQuery, useMockApi } from '../../../tests/setup/render';
import { Panel } from './Panel';
import { ChartBox } from './ChartBox';
import { CHART_WAIT_CLASS } from './chartWait';
import { listQuery } from '../api/queries';

useMockApi();

const status = { isPending: false, isError: false, error: null, refetch: () => {} };
let mounts = 0;

function Chart() {
  useEffect(() => {
    mounts++;
  }, []);
  return <svg data-testid="chart" width="400" height="200" />;
}

/** A demo panel's props; each test says what differs. */
const demo = {
  id: 'demo',
  title: 'Demo',
  subtitle: 'Units',
  uses: { vendor: true, region: true, time: true },
  status,
  table: () => ({ columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'x' }] }),
};

function Demo({ isEmpty }: { isEmpty: boolean }) {
  return (
    <Panel {...demo} isEmpty={isEmpty}>
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

function VendorsPanel({ region }: { region: 'us' | 'cn' }) {
  const query = useQuery(listQuery('vendors', { region }));
  const names = (query.data?.data ?? []).map((v) => v.id).join(',');
  return (
    <Panel
      id="vendors-demo"
      title="Vendors"
      subtitle="Units"
      uses={{ vendor: false, region: true, time: false }}
      status={query}
      isEmpty={false}
      table={() => ({ columns: [{ key: 'a', header: 'A' }], rows: [] })}
    >
      <svg data-testid="names" data-names={names} width="400" height="200" />
    </Panel>
  );
}

const regionHost = { set: (_: 'us' | 'cn') => {} };
function RegionHost() {
  const [region, set] = useState<'us' | 'cn'>('us');
  useEffect(() => {
    regionHost.set = set;
  }, []);
  return <VendorsPanel region={region} />;
}

describe('Panel updating state', () => {
  it('is aria-busy while it shows the previous answer for new filters, and not once the new one lands', async () => {
    renderWithQuery(<RegionHost />);
    const article = () => document.querySelector('[data-panel="vendors-demo"]')!;
    await waitFor(() => expect(article()).toHaveAttribute('data-state', 'ready'));
    expect(article()).not.toHaveAttribute('aria-busy');
    const usNames = (await screen.findByTestId('names')).getAttribute('data-names');
    expect(usNames).toContain('openai');

    act(() => regionHost.set('cn'));
    // The fetch for the new region cannot have answered yet: the US answer is still shown.
    expect(article()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('names')).toHaveAttribute('data-names', usNames!);

    await waitFor(() => expect(article()).not.toHaveAttribute('aria-busy'));
    expect(screen.getByTestId('names').getAttribute('data-names')).not.toContain('openai');
  });
});

describe('Panel table', () => {
  it('is built only when asked for: not on render, but when the reader shows it', async () => {
    const table = vi.fn(() => ({ columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'cell-x' }] }));
    renderWithQuery(
      <Panel
        id="lazy"
        title="Lazy"
        subtitle="Units"
        uses={{ vendor: true, region: true, time: true }}
        status={status}
        isEmpty={false}
        table={table}
      >
        <svg width="400" height="200" />
      </Panel>,
    );
    expect(table).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show as table' }));
    expect(table).toHaveBeenCalled();
    expect(screen.getByRole('cell', { name: 'cell-x' })).toBeInTheDocument();
  });
});

describe('Panel footer', () => {
  it('holds a chart in the footer as a placeholder of its height while loading: no chart is drawn then', () => {
    renderWithQuery(
      <Panel
        {...demo}
        status={{ ...status, isPending: true }}
        isEmpty={false}
        footer={
          <ChartBox height={32}>
            <svg data-testid="footer-chart" />
          </ChartBox>
        }
      >
        <Chart />
      </Panel>,
    );
    expect(document.querySelector('.skeleton[role=status]')).toHaveTextContent('Loading');
    expect(screen.queryByTestId('footer-chart')).toBeNull();
    const hold = document.querySelector<HTMLElement>(`.${CHART_WAIT_CLASS}`);
    expect(hold?.style.height).toBe('32px');
  });
});
