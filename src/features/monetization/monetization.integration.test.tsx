// @vitest-environment jsdom
import { NOTE_LIST_CAP } from '../../shared/ui/MoreNote';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithQuery, useMockApi, waitForPanelState } from '../../../tests/setup/render';
import { dataset } from '../../../data';
import { synthesize } from '../../../bench/synth';
import { API_PREFIX, endpointNames, endpoints, handleList, listContext } from '../../shared/api/contract';
import { useViewStore } from '../../shared/filters/store';
import { MonetizationSlice } from './index';

const server = useMockApi();

async function panel(id: string): Promise<HTMLElement> {
  await waitFor(() => expect(document.querySelector(`[data-panel="${id}"]`)).not.toBeNull());
  const el = document.querySelector(`[data-panel="${id}"]`) as HTMLElement;
  await waitForPanelState(el);
  return el;
}

async function asTable(el: HTMLElement): Promise<HTMLTableElement> {
  const btn = within(el).getByRole('button', { name: 'Show as table' });
  fireEvent.click(btn);
  return (await within(el).findByRole('table')) as HTMLTableElement;
}

const bodyRows = (t: HTMLTableElement) => [...t.tBodies[0]!.rows].map((r) => r.textContent ?? '');

describe('MonetizationSlice', () => {
  it('lists Google Cloud’s growth in table mode, stated and computed', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    const table = await asTable(rev);
    const rows = bodyRows(table);
    expect(rows.some((r) => r.includes('Google Cloud') && r.includes('≈+35%'))).toBe(true);
    expect(rows.some((r) => r.includes('Google Cloud') && r.includes('+34.98%') && r.includes('computed'))).toBe(true);
    expect(rows.some((r) => r.includes('Azure cloud') && r.includes('+35%–+36%') && r.includes('guidance'))).toBe(true);
    expect(rows.some((r) => r.includes('Perplexity') && r.includes('+100%') && r.includes('forecast'))).toBe(true);
    expect(within(rev).getByText(/No growth figure stated/)).toHaveTextContent('OpenAI');
  });

  it('switching the growth mode changes the rows', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    const table = await asTable(rev);
    expect(bodyRows(table).some((r) => r.includes('OpenAI'))).toBe(false);
    fireEvent.click(within(rev).getByRole('button', { name: 'Absolute revenue' }));
    expect(useViewStore.getState().growthMode).toBe('absolute');
    await waitFor(() =>
      expect(
        bodyRows(within(rev).getByRole('table') as HTMLTableElement).some(
          (r) => r.includes('OpenAI') && r.includes('≈$3.4B'),
        ),
      ).toBe(true),
    );
    const rows = bodyRows(within(rev).getByRole('table') as HTMLTableElement);
    expect(rows.some((r) => r.includes('Google Cloud') && r.includes('$11.35B'))).toBe(true);
    // Baidu AI Cloud 4.9 B CNY at the default 7.2 per USD.
    expect(rows.some((r) => r.includes('Baidu AI Cloud') && r.includes('$680.6M') && r.includes('CN¥4.9B'))).toBe(true);
    expect(rev.querySelector('.panel__subtitle')).toHaveTextContent(/CNY at 7\.2 per USD \(your setting\)/);

    // The rate is validated: an invalid entry is refused, a valid one is used.
    const rate = within(rev).getByLabelText('CNY per USD');
    fireEvent.change(rate, { target: { value: 'abc' } });
    expect(within(rev).getByRole('alert')).toHaveTextContent(/between 0\.01 and 999/);
    expect(useViewStore.getState().cnyPerUsd).toBe(7.2);
    fireEvent.change(rate, { target: { value: '7' } });
    expect(useViewStore.getState().cnyPerUsd).toBe(7);
    await waitFor(() =>
      expect(
        bodyRows(within(rev).getByRole('table') as HTMLTableElement).some(
          (r) => r.includes('Baidu AI Cloud') && r.includes('$700M'),
        ),
      ).toBe(true),
    );

    fireEvent.click(within(rev).getByRole('button', { name: 'Indexed' }));
    await waitFor(() =>
      expect(
        bodyRows(within(rev).getByRole('table') as HTMLTableElement).some(
          (r) => r.includes('Google Cloud') && r.includes('134.98'),
        ),
      ).toBe(true),
    );
    expect(within(rev).getByText(/No prior period/)).toHaveTextContent('OpenAI');
  });

  it('region “cn” leaves only Chinese rows', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    const table = await asTable(rev);
    expect(bodyRows(table).some((r) => r.includes('Google Cloud'))).toBe(true);
    act(() => useViewStore.getState().setRegion('cn'));
    await waitFor(() => {
      const rows = bodyRows(within(rev).getByRole('table') as HTMLTableElement);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.includes('China'))).toBe(true);
      expect(rows.some((r) => r.includes('Baidu AI Cloud') && r.includes('+11%'))).toBe(true);
      expect(rows.some((r) => r.includes('Google Cloud'))).toBe(false);
    });
  });

  it('shows the other panels’ figures and follows a vendor legend toggle', async () => {
    renderWithQuery(<MonetizationSlice />);
    const loss = await panel('revenue-loss');
    expect(within(loss).getByText(/Loss per unit of revenue/)).toHaveTextContent('≈1.47×');
    const reach = await panel('reach');
    const reachRows = bodyRows(await asTable(reach));
    expect(reachRows.some((r) => r.includes('250M users'))).toBe(true);
    expect(reachRows.some((r) => r.includes('12.5M–15M users') && r.includes('250M weekly actives × 5%–6%'))).toBe(
      true,
    );
    expect(reachRows.some((r) => r.includes('≥1M advertisers'))).toBe(true);
    expect(reachRows.some((r) => r.includes('Doubao'))).toBe(false);
    const pricing = await panel('pricing');
    expect(within(pricing).getByText('Team')).toBeInTheDocument();
    expect(within(pricing).getByText('no price stated')).toBeInTheDocument();
    const priceRows = bodyRows(await asTable(pricing));
    expect(priceRows.some((r) => r.includes('ChatGPT Plus') && r.includes('$20'))).toBe(true);
    expect(priceRows.some((r) => r.includes('ChatGPT Pro') && r.includes('$200'))).toBe(true);
    expect(priceRows.some((r) => r.includes('GPT-4o mini') && r.includes('$0.15'))).toBe(true);

    // Toggling Google in the revenue legend filters every panel: the loss panel (OpenAI only) empties.
    const rev = await panel('revenue-growth');
    fireEvent.click(within(rev).getByRole('button', { name: 'Google' }));
    expect(useViewStore.getState().vendors).toEqual(['google']);
    await waitFor(() =>
      expect(document.querySelector('[data-panel="revenue-loss"]')).toHaveAttribute('data-state', 'empty'),
    );
  });

  it('thins no chart at the real scale', async () => {
    renderWithQuery(<MonetizationSlice />);
    for (const id of ['revenue-growth', 'revenue-loss', 'reach', 'pricing']) {
      const el = await panel(id);
      expect(el.querySelector('.panel__thinned'), id).toBeNull();
    }
  });

  it('at 20× thins the charts, says so, and the tables still list every row', async () => {
    const ctx = listContext(synthesize(dataset, 20));
    server.use(
      ...endpointNames.map((name) =>
        http.get(`*${API_PREFIX}${endpoints[name].path}`, ({ request }) => {
          const r = handleList(name, new URL(request.url).searchParams, ctx);
          return HttpResponse.json(r.body, { status: r.status });
        }),
      ),
    );
    renderWithQuery(<MonetizationSlice />);
    // [panel, bars the chart may draw]
    for (const [id, cap] of [
      ['revenue-growth', 40],
      ['revenue-loss', 36],
      ['reach', 40],
    ] as const) {
      const el = await panel(id);
      await waitFor(() => expect(el.querySelectorAll('.mon-bar').length).toBeGreaterThan(0));
      const drawn = el.querySelectorAll('.mon-bar').length;
      expect(drawn, id).toBeLessThanOrEqual(cap);
      const note = el.querySelector('.panel__thinned');
      expect(note, id).toHaveAttribute('data-thinned', expect.stringMatching(new RegExp(`^${drawn}/\\d+$`)));
      const total = Number(note!.getAttribute('data-thinned')!.split('/')[1]);
      expect(total, id).toBeGreaterThan(drawn);
      expect(bodyRows(await asTable(el)), id).toHaveLength(total);
    }
    const pricing = await panel('pricing');
    expect(pricing.querySelector('.panel__thinned')).toHaveTextContent(/the chart shows \d+ of \d+ tiers and models/);
    // The price ladder lists its first NOTE_LIST_CAP steps and says how many it left out.
    expect(pricing.querySelectorAll('ol > li')).toHaveLength(NOTE_LIST_CAP);
    const more = pricing.querySelector('.panel__more');
    expect(more).toHaveTextContent(/And \d+ more, not listed/);
    expect(Number(more!.getAttribute('data-more'))).toBeGreaterThan(0);
    const rows = bodyRows(await asTable(pricing));
    // Every API model is in the table (input and output rows), though the chart draws 20.
    expect(rows.filter((r) => r.includes('GPT-4o mini')).length).toBe(2 * 20);
  });

  it('shows an error with Retry, and recovers', async () => {
    server.use(
      http.get(
        '*/api/v1/metrics',
        () => HttpResponse.json({ error: { code: 'internal', message: 'boom', details: [] } }, { status: 500 }),
        { once: true },
      ),
    );
    renderWithQuery(<MonetizationSlice />);
    await waitFor(() => expect(document.querySelectorAll('[data-state="error"]').length).toBeGreaterThan(0));
    const failed = document.querySelector('[data-state="error"]') as HTMLElement;
    expect(within(failed).getByRole('alert')).toHaveTextContent('boom');
    fireEvent.click(within(failed).getByRole('button', { name: 'Retry' }));
    const id = failed.getAttribute('data-panel')!;
    await panel(id);
    expect(screen.queryByText('boom')).toBeNull();
  });
});
