// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useViewStore } from '../../shared/filters/store';
import { renderWithQuery, useMockApi, waitForPanelState } from '../../../tests/setup/render';
import { ChinaSlice } from './index';

const server = useMockApi();

async function panel(id: string) {
  const el = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
    expect(found).not.toBeNull();
    return found!;
  });
  await waitForPanelState(el);
  return el;
}

async function showTable(el: HTMLElement) {
  await userEvent.click(within(el).getByRole('button', { name: 'Show as table' }));
  const title = within(el).getByRole('heading', { level: 3 }).textContent ?? '';
  return within(el).findByRole('table', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `) });
}

const legendVendors = (el: HTMLElement) =>
  [...el.querySelectorAll('.legend button[data-vendor]')].map((b) => b.getAttribute('data-vendor'));

describe('China slice against the mock API', () => {
  it('draws its four panels in order', async () => {
    renderWithQuery(<ChinaSlice />);
    for (const id of ['china-players', 'china-usage', 'china-cloud', 'china-commercialisation']) await panel(id);
    expect([...document.querySelectorAll('[data-panel]')].map((e) => e.getAttribute('data-panel'))).toEqual([
      'china-players',
      'china-usage',
      'china-cloud',
      'china-commercialisation',
    ]);
  });

  it('the usage table holds Doubao’s DAU, the MAU as a lower bound and the ERNIE multiple as derived', async () => {
    renderWithQuery(<ChinaSlice />);
    const table = await showTable(await panel('china-usage'));
    const dau = within(table).getByRole('cell', { name: 'daily active users' }).closest('tr')!;
    expect(within(dau).getByText('7.6M')).toBeInTheDocument();
    expect(within(dau).getByText('Sep 2024')).toBeInTheDocument();
    const mau = within(table).getByRole('cell', { name: 'monthly active users' }).closest('tr')!;
    expect(within(mau).getByText('≥40M')).toBeInTheDocument();
    expect(within(table).getByText('1.5B')).toBeInTheDocument();
    expect(within(table).getByText('50M')).toBeInTheDocument();
    expect(within(table).getByText(/^derived: 1\.5B ÷ 50M/)).toBeInTheDocument();
  });

  it('the players panel shows the groups and the five-survivor forecast against the count of players', async () => {
    renderWithQuery(<ChinaSlice />);
    const players = await panel('china-players');
    expect(within(players).getAllByText('forecast: 5 survivors').length).toBeGreaterThan(0);
    expect(legendVendors(players)).toEqual(
      expect.arrayContaining(['zhipu', 'minimax', 'moonshot', 'baichuan', '01-ai', 'stepfun', 'meituan', 'pinduoduo']),
    );
    // The note, and the translation of its source sentence after the sentence itself.
    expect(within(players).getAllByText(/only Meituan and Pinduoduo/)).toHaveLength(2);
    expect(within(players).getByText(/只剩下美團和拼多多/)).toBeInTheDocument();
    const table = await showTable(players);
    const meituan = within(table).getByRole('cell', { name: 'Meituan' }).closest('tr')!;
    expect(within(meituan).getByText('no clear model product or strategy')).toBeInTheDocument();
  });

  it('toggling a vendor in a legend narrows every panel', async () => {
    renderWithQuery(<ChinaSlice />);
    const usage = await panel('china-usage');
    const biz = await panel('china-commercialisation');
    expect(legendVendors(usage)).toEqual(['baidu', 'bytedance']);
    expect(legendVendors(biz)).toContain('moonshot');
    await userEvent.click(within(await panel('china-players')).getByRole('button', { name: 'Baidu' }));
    expect(useViewStore.getState().vendors).toEqual(['baidu']);
    await waitFor(() => expect(legendVendors(usage)).toEqual(['baidu']));
    await waitFor(() => expect(legendVendors(biz)).toEqual(['baidu']));
    const players = await panel('china-players');
    await waitFor(() => expect(legendVendors(players)).toEqual(['baidu']));
    const cloud = await panel('china-cloud');
    expect(legendVendors(cloud)).toEqual(['baidu']);
  });

  it('switching the currency changes the cloud table’s values; the rate is the reader’s', async () => {
    renderWithQuery(<ChinaSlice />);
    const cloud = await panel('china-cloud');
    expect(within(cloud).getByText(/converted at 7\.2 CNY per USD — your setting/)).toBeInTheDocument();
    const table = await showTable(cloud);
    const row = () => within(table).getAllByRole('cell', { name: 'Baidu AI Cloud' })[0]!.closest('tr')!;
    expect(within(row()).getByText('$680.6M')).toBeInTheDocument();
    await userEvent.click(within(cloud).getByRole('button', { name: 'CNY' }));
    expect(useViewStore.getState().currency).toBe('CNY');
    await waitFor(() => expect(within(row()).queryByText('$680.6M')).toBeNull());
    expect(within(row()).getAllByText('CN¥4.9B')).toHaveLength(2);
    act(() => useViewStore.getState().setCurrency('USD'));
    act(() => useViewStore.getState().setRate(7));
    await waitFor(() => expect(within(row()).getByText('$700M')).toBeInTheDocument());
  });

  it('the US comparison adds Google Cloud and Azure’s guidance range', async () => {
    renderWithQuery(<ChinaSlice />);
    const cloud = await panel('china-cloud');
    await userEvent.click(within(cloud).getByRole('button', { name: 'Compare with US clouds' }));
    await waitFor(() => expect(legendVendors(cloud)).toEqual(['baidu', 'alibaba', 'google', 'microsoft']));
    const table = await showTable(cloud);
    const google = within(table).getAllByRole('cell', { name: 'Google Cloud (US comparison)' })[0]!.closest('tr')!;
    expect(within(google).getAllByText('$11.35B').length).toBeGreaterThan(0);
    const azure = within(table).getAllByRole('cell', { name: 'Azure cloud (US comparison)' })[0]!.closest('tr')!;
    expect(within(azure).getAllByText('$24.5B–$25B')).toHaveLength(2);
    expect(within(azure).getByText('range')).toBeInTheDocument();
  });

  it('the US region empties the panels and says why', async () => {
    renderWithQuery(<ChinaSlice />);
    await panel('china-players');
    act(() => useViewStore.getState().setRegion('us'));
    expect(await screen.findByText(/the region filter excludes all of them/)).toBeInTheDocument();
    for (const id of ['china-players', 'china-usage', 'china-cloud', 'china-commercialisation']) {
      const el = document.querySelector(`[data-panel="${id}"]`)!;
      await waitFor(() => expect(el).toHaveAttribute('data-state', 'empty'));
    }
    const usage = document.querySelector<HTMLElement>('[data-panel="china-usage"]')!;
    await waitFor(() =>
      expect(within(usage).getByRole('status')).toHaveTextContent('No figures for the US in this panel'),
    );
    act(() => useViewStore.getState().setRegion('cn'));
    await panel('china-usage');
  });

  it('a failed request shows the error, and Retry brings the panel back', async () => {
    let failed = false;
    server.use(
      http.get('*/api/v1/metrics', ({ request }) => {
        if (failed || !new URL(request.url).searchParams.getAll('metric').includes('daily-active-users'))
          return undefined;
        failed = true;
        return HttpResponse.json({ error: { code: 'internal', message: 'boom', details: [] } }, { status: 500 });
      }),
    );
    renderWithQuery(<ChinaSlice />);
    const usage = await waitFor(() => document.querySelector<HTMLElement>('[data-panel="china-usage"]')!);
    await waitFor(() => expect(usage).toHaveAttribute('data-state', 'error'));
    expect(within(usage).getByRole('alert')).toHaveTextContent('Could not load this panel');
    await userEvent.click(within(usage).getByRole('button', { name: 'Retry' }));
    await panel('china-usage');
    expect(within(usage).getAllByText(/stated ×30/).length).toBeGreaterThan(0);
  });
});
