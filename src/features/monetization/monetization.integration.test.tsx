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
  it('YoY: one mark per company, Google Cloud once (its computed growth in the table and tooltip), guidance apart', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    await waitFor(() => expect(rev.querySelectorAll('.rev-mark').length).toBeGreaterThan(0));
    const figuresDrawn = [...rev.querySelectorAll('.rev-mark')].map((el) => el.getAttribute('data-figure'));
    expect(figuresDrawn.sort()).toEqual(
      [
        'alibaba-ai-product-growth-2024-q3',
        'alibaba-cloud-growth-2024-q3',
        'azure-growth-guidance-2024-q3',
        'baidu-ai-cloud-growth-2024-q3',
        'google-cloud-growth-2024-q3',
      ].sort(),
    );
    // Guidance is titled apart from the results.
    const forward = rev.querySelector('text[data-section="forward"]');
    expect(forward?.textContent?.replace(/\s+/g, ' ')).toMatch(/Guidance and forecasts — ?not results/);
    expect(within(rev).getByText(/No growth rate stated/)).toHaveTextContent('OpenAI, Perplexity');
    const rows = bodyRows(await asTable(rev));
    expect(rows.some((r) => r.includes('Google Cloud') && r.includes('≈+35%') && r.includes('drawn'))).toBe(true);
    expect(rows.some((r) => r.includes('Google Cloud') && r.includes('+34.98%') && r.includes('tooltip'))).toBe(true);
    expect(rows.some((r) => r.includes('Azure cloud') && r.includes('+35%–+36%') && r.includes('guidance'))).toBe(true);
    // A forecast “double the current level” is no year-on-year growth: nothing invented.
    expect(rows.some((r) => r.includes('Perplexity'))).toBe(false);
  });

  it('switching the growth mode: amounts of one basis and period, what is left out and why, a real index', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    fireEvent.click(within(rev).getByRole('button', { name: 'Absolute revenue' }));
    expect(useViewStore.getState().growthMode).toBe('absolute');
    await waitFor(() =>
      expect(rev.querySelector('.panel__subtitle')).toHaveTextContent(/Quarterly revenue in USD · Q3 2024/),
    );
    expect(rev.querySelector('.panel__subtitle')).toHaveTextContent(/CNY at 7\.2 per USD \(your setting\)/);
    expect(rev.querySelector('.panel__subtitle')).toHaveTextContent(/bars from zero on a linear axis/);
    const leftOut = rev.querySelector('.rev-compare__left-out')!;
    expect(leftOut).toHaveAttribute('data-left-out', '3');
    expect(leftOut).toHaveTextContent('annual, not quarterly: OpenAI (2024)');
    expect(leftOut).toHaveTextContent('annualised run-rate, not quarterly: Perplexity (2025, forecast)');
    expect(leftOut).toHaveTextContent('Q3 2023, not Q3 2024: Google Cloud');
    const table = await asTable(rev);
    const rows = bodyRows(table);
    expect(rows.some((r) => r.includes('OpenAI') && r.includes('≈$3.4B') && r.includes('another basis'))).toBe(true);
    expect(rows.some((r) => r.includes('Google Cloud') && r.includes('$11.35B') && r.includes('drawn'))).toBe(true);
    // Baidu AI Cloud 4.9 B CNY at the default 7.2 per USD.
    expect(rows.some((r) => r.includes('Baidu AI Cloud') && r.includes('$680.6M') && r.includes('CN¥4.9B'))).toBe(true);

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
          (r) => r.includes('Google Cloud') && r.includes('Q3 2024') && r.includes('135'),
        ),
      ).toBe(true),
    );
    expect(rev.querySelector('.panel__subtitle')).toHaveTextContent(/each company ÷ its own in Q3 2023 = 100/);
    // One period only: no line, and the note names them (not the YoY figure plus 100).
    const single = within(rev).getByText(/One period only, so no line/);
    for (const name of ['Azure cloud (Q3 2024)', 'Baidu AI Cloud (Q3 2024)', 'Alibaba Cloud ('])
      expect(single).toHaveTextContent(name);
    expect(bodyRows(within(rev).getByRole('table') as HTMLTableElement).some((r) => r.includes('111'))).toBe(false);
  });

  it('the four clouds in one click; the panel says it isolates and offers Show all', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    fireEvent.click(within(rev).getByRole('button', { name: 'The four clouds' }));
    await waitFor(() => expect(rev.querySelectorAll('.rev-mark')).toHaveLength(4));
    expect(within(rev).getByRole('button', { name: 'The four clouds' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(rev).getByText(/Showing 4 of 7 companies/)).toBeInTheDocument();
    // The shared vendor filter is untouched: the comparison is the panel's own.
    expect(useViewStore.getState().vendors).toEqual([]);
    // Untick Baidu AI Cloud in the list: three marks.
    fireEvent.click(within(rev).getByRole('checkbox', { name: /Baidu AI Cloud/ }));
    await waitFor(() => expect(rev.querySelectorAll('.rev-mark')).toHaveLength(3));
    fireEvent.click(within(rev).getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(rev.querySelectorAll('.rev-mark')).toHaveLength(5));
    expect(within(rev).queryByText(/Showing \d+ of/)).toBeNull();
  });

  it('never draws a bar on a log axis: Log turns the bars into dots, and says so', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    const box = () => rev.querySelector('.chart-box')!;
    expect(box()).toHaveAttribute('data-scale', 'linear');
    expect(box()).toHaveAttribute('data-mark', 'bar');
    fireEvent.click(within(rev).getByRole('button', { name: 'Absolute revenue' }));
    fireEvent.click(await within(rev).findByRole('button', { name: 'Log' }));
    await waitFor(() => expect(box()).toHaveAttribute('data-scale', 'log'));
    expect(box()).toHaveAttribute('data-mark', 'dot');
    await waitFor(() => expect(rev.querySelectorAll('.rev-mark')).toHaveLength(4));
    for (const mark of rev.querySelectorAll('.rev-mark')) {
      expect(mark).toHaveAttribute('data-mark-item', 'dot');
      expect(mark.querySelector('rect')).toBeNull();
    }
    expect(rev.querySelector('.panel__subtitle')).toHaveTextContent(/dots on a log axis/);
    fireEvent.click(within(rev).getByRole('button', { name: 'Linear' }));
    await waitFor(() => expect(box()).toHaveAttribute('data-mark', 'bar'));
    expect(box()).toHaveAttribute('data-scale', 'linear');
  });

  it('its legend filters nothing: no vendor toggles, and a click on a mark leaves the shared filter alone', async () => {
    renderWithQuery(<MonetizationSlice />);
    const rev = await panel('revenue-growth');
    expect(rev.querySelectorAll('.legend button')).toHaveLength(0);
    await waitFor(() => expect(rev.querySelectorAll('.rev-mark').length).toBeGreaterThan(0));
    fireEvent.click(rev.querySelector('.rev-mark')!);
    expect(useViewStore.getState().vendors).toEqual([]);
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

  it('shows the other panels’ figures and follows the shared vendor filter', async () => {
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

    // The shared vendor filter (a legend toggle elsewhere, the picker) narrows every panel: the loss panel
    // (OpenAI only) empties, and the revenue comparison offers only Google's segment.
    act(() => useViewStore.getState().toggleVendor('google'));
    const rev = await panel('revenue-growth');
    await waitFor(() =>
      expect([...rev.querySelectorAll('.rev-picker__name')].map((n) => n.textContent)).toEqual(['Google Cloud']),
    );
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
    // [panel, marks the chart may draw, what a mark is]
    for (const [id, cap, markSel] of [
      ['revenue-growth', 40, '.rev-mark'],
      ['revenue-loss', 36, '.mon-bar'],
      ['reach', 40, '.dot-mark'],
    ] as const) {
      const el = await panel(id);
      await waitFor(() => expect(el.querySelectorAll(markSel).length, id).toBeGreaterThan(0));
      const drawn = el.querySelectorAll(markSel).length;
      expect(drawn, id).toBeLessThanOrEqual(cap);
      const note = el.querySelector('.panel__thinned');
      expect(note, id).toHaveAttribute('data-thinned', expect.stringMatching(new RegExp(`^${drawn}/\\d+$`)));
      const total = Number(note!.getAttribute('data-thinned')!.split('/')[1]);
      expect(total, id).toBeGreaterThan(drawn);
      const rows = bodyRows(await asTable(el));
      // The revenue table lists every figure of the mode, drawn or left out (other periods, computed duplicates).
      if (id === 'revenue-growth') expect(rows.length, id).toBeGreaterThanOrEqual(total);
      else expect(rows, id).toHaveLength(total);
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
