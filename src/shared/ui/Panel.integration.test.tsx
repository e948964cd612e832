// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { renderWithQuery, useMockApi } from '../../../tests/setup/render';
import { Panel } from './Panel';
import { ChartBox } from './ChartBox';
import { CHART_WAIT_CLASS } from './chartWait';
import { listQuery } from '../api/queries';
import { useViewStore } from '../filters/store';
import { useListFilters } from '../filters/useListFilters';
import { ALL_FILTERS } from '../filters/state';

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

const note = () => document.querySelector('.panel__empty-line');
const host = { setEmpty: (_: boolean) => {} };
function Host({ initial }: { initial: boolean }) {
  const [isEmpty, set] = useState(initial);
  useEffect(() => {
    host.setEmpty = set;
  }, []);
  return <Demo isEmpty={isEmpty} />;
}

describe('Panel empty state', () => {
  it('a panel empty from the start folds to its title and one line, and draws no chart', () => {
    mounts = 0;
    renderWithQuery(<Host initial />);
    expect(note()).toHaveTextContent('No figures in this panel');
    expect(document.querySelector('[data-panel="demo"]')).toHaveClass('panel--collapsed');
    expect(screen.getByRole('article', { name: 'Demo' })).toHaveAttribute('id', 'panel-demo');
    expect(screen.queryByTestId('chart')).toBeNull();
    expect(mounts).toBe(0);
  });

  it('a chart that has drawn stays mounted, folded away, while a filter empties the panel', async () => {
    mounts = 0;
    renderWithQuery(<Host initial={false} />);
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
    expect(mounts).toBe(1);

    act(() => host.setEmpty(true));
    const article = document.querySelector('[data-panel="demo"]')!;
    expect(article).toHaveAttribute('data-state', 'empty');
    expect(article).toHaveClass('panel--collapsed');
    expect(note()).toHaveTextContent('No figures in this panel');
    const hold = article.querySelector('.panel__chart-hold')!;
    expect(hold).toHaveAttribute('aria-hidden', 'true');
    expect(hold).toHaveAttribute('inert');
    expect(hold).toContainElement(article.querySelector('[data-testid="chart"]'));

    act(() => host.setEmpty(false));
    expect(hold).not.toHaveAttribute('aria-hidden');
    expect(note()).toBeNull();
    expect(article).not.toHaveClass('panel--collapsed');
    expect(mounts).toBe(1);
  });
});

/** Training costs: figures of US vendors only, so region China empties the panel. */
function TrainingCostDemo() {
  const filters = useListFilters(ALL_FILTERS);
  const query = useQuery(listQuery('metrics', { ...filters, metric: ['training-cost'] }));
  return (
    <Panel
      {...demo}
      id="cost-demo"
      title="Training cost"
      status={query}
      isEmpty={(query.data?.data.length ?? 0) === 0}
      emptyProbe={{ endpoint: 'metrics', query: { metric: ['training-cost'] } }}
    >
      <Chart />
    </Panel>
  );
}

describe('Panel emptied by a filter', () => {
  const article = () => screen.getByRole('article', { name: 'Training cost' });

  it('folds to one line naming the filter, and its button clears exactly that filter', async () => {
    act(() => {
      useViewStore.getState().setRegion('cn');
      useViewStore.getState().setYears(2019, 2024);
    });
    renderWithQuery(<TrainingCostDemo />);
    await waitFor(() => expect(article()).toHaveAttribute('data-state', 'empty'));
    // The API is asked which filter emptied it: region (the time range alone does not).
    await waitFor(() => expect(note()).toHaveTextContent('No figures for China in this panel'));
    expect(article()).toHaveClass('panel--collapsed');
    expect(article()).toHaveAttribute('id', 'panel-cost-demo');
    expect(within(article()).getByRole('heading', { level: 3 })).toHaveTextContent('Training cost');
    // Only the one line and its offer: no subtitle, table toggle or export in the way.
    expect(within(article()).queryByRole('button', { name: 'Show as table' })).toBeNull();
    const clear = within(article()).getByRole('button', { name: 'Clear region' });
    expect(within(article()).getAllByRole('button')).toEqual([clear]);

    await userEvent.setup().click(clear);
    expect(useViewStore.getState().region).toBe('all');
    expect(useViewStore.getState().from).toBe(2019);
    expect(useViewStore.getState().to).toBe(2024);
    await waitFor(() => expect(article()).toHaveAttribute('data-state', 'ready'));
    expect(article()).not.toHaveClass('panel--collapsed');
    expect(within(article()).getByRole('heading', { level: 3 })).toHaveFocus();
  });

  it('says it in Chinese, naming only the filter that emptied it', async () => {
    act(() => {
      useViewStore.getState().setLang('zh');
      useViewStore.getState().setRegion('cn');
      useViewStore.getState().setVendors(['openai']);
    });
    renderWithQuery(<TrainingCostDemo />);
    // OpenAI alone has training costs, China alone has none: region is named, vendor is not.
    await waitFor(() => expect(note()).toHaveTextContent('此面板在“中国”筛选下没有数据'));
    expect(within(article()).getByRole('button', { name: '清除地区' })).toBeInTheDocument();
    expect(within(article()).queryByRole('button', { name: '清除厂商' })).toBeNull();
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
