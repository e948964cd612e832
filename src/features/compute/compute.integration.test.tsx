// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useViewStore } from '../../shared/filters/store';
import { renderWithQuery, useMockApi, waitForPanelState } from '../../../tests/setup/render';
import { ComputeSlice } from './index';

const server = useMockApi();

async function panel(name: RegExp, state = 'ready') {
  const el = await screen.findByRole('article', { name });
  await waitForPanelState(el, state);
  return el;
}

async function showTable(el: HTMLElement) {
  await userEvent.click(within(el).getByRole('button', { name: 'Show as table' }));
  const title = within(el).getByRole('heading', { level: 3 }).textContent ?? '';
  return within(el).findByRole('table', { name: new RegExp(`^${title} — `) });
}

describe('compute slice against the mock API', () => {
  it('draws the four panels in order, the time-based ones first', async () => {
    renderWithQuery(<ComputeSlice />);
    await panel(/Doubling curves/);
    await panel(/Chips and infrastructure/);
    await panel(/Training cost/);
    await panel(/Token price/);
    const ids = [...document.querySelectorAll('[data-panel]')].map((e) => e.getAttribute('data-panel'));
    expect(ids).toEqual(['doubling-curves', 'chips-timeline', 'training-cost', 'token-price']);
  });

  it('doubling curves: index 1 at the base year, the implied multiples derived, the lower bound marked ≥', async () => {
    renderWithQuery(<ComputeSlice />);
    const el = await panel(/Doubling curves/);
    expect(within(el).getByText(/Index \(1 = 1 Jan 2023\)/)).toBeInTheDocument();
    const notes = el.querySelector('.panel__notes')!;
    expect(notes).toHaveTextContent('2× every 18 months: 4×');
    expect(notes).toHaveTextContent('≥2× every 24 months: ≥ 2.83×');
    expect(within(notes as HTMLElement).getByText('Derived')).toBeInTheDocument();
    expect(el.querySelectorAll('.recharts-line').length).toBe(2);
    expect(el.querySelector('.recharts-line-curve[stroke-dasharray="7 4"]')).not.toBeNull();

    // a new base year changes the span: 2021 → end of 2025 is 5 years; 18-month doubling ≈ 10.1×
    await userEvent.selectOptions(within(el).getByRole('combobox', { name: /Base year/ }), '2021');
    await waitFor(() => expect(el.querySelector('.panel__notes')).toHaveTextContent('2× every 18 months: 10.1×'));
    expect(el.querySelector('.panel__notes')).toHaveTextContent('≥ 5.66×');

    const table = await showTable(el);
    expect(within(table).getByRole('columnheader', { name: 'Index (derived)' })).toBeInTheDocument();
    // base 2021: two years later the 24-month lower bound stands at ≥ 2×
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Jensen Huang') && r.textContent.includes('Jan 1, 2023'))!;
    expect(row).toHaveTextContent('≥ 2×');
    expect(row).toHaveTextContent('GPU效能每兩年將增加一倍以上');
  });

  it('training cost: GPT-4’s run as stated, Anthropic’s as a lower bound, in CNY on request', async () => {
    renderWithQuery(<ComputeSlice />);
    const el = await panel(/Training cost/);
    expect(within(el).getByText('$63M')).toBeInTheDocument();
    expect(within(el).getByText('≥ $2.7B')).toBeInTheDocument();
    const table = await showTable(el);
    const anthropic = within(table).getByRole('cell', { name: '≥ $2.7B' }).closest('tr')!;
    expect(anthropic).toHaveTextContent('lower bound (“more than”)');
    expect(anthropic).toHaveTextContent('reported');

    act(() => useViewStore.getState().setCurrency('CNY'));
    await waitFor(() => expect(el.querySelector('.panel__subtitle')).toHaveTextContent(/CNY at 7.2 CNY per USD/));
    expect(within(table).queryByText('$63M')).toBeNull();
    expect(await within(el).findByText('CN¥454M')).toBeInTheDocument();
  });

  it('token price: both models’ prices and the derived ratios', async () => {
    renderWithQuery(<ComputeSlice />);
    const el = await panel(/Token price/);
    const notes = el.querySelector('.panel__notes')!;
    expect(notes).toHaveTextContent('Input 33.3×');
    expect(notes).toHaveTextContent('Output 25×');
    const table = await showTable(el);
    const mini = within(table)
      .getAllByRole('row')
      .filter((r) => r.textContent?.startsWith('GPT-4o mini'));
    expect(mini.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual(['$0.15', '$0.60']);
    expect(within(table).getByRole('cell', { name: '5 ÷ 0.15' })).toBeInTheDocument();
  });

  it('chips timeline: re:Invent launches on the axis, undated claims listed with their source; the time range moves only the dated ones', async () => {
    renderWithQuery(<ComputeSlice />);
    const el = await panel(/Chips and infrastructure/);
    expect(within(el).getByText(/Amazon launches the Trainium3 AI training chip/)).toBeInTheDocument();
    expect(within(el).getByText(/Amazon launches the Trn2 UltraServer AI server/)).toBeInTheDocument();
    expect(within(el).getByText(/Amazon and Intel have put AI training chips on the agenda/)).toBeInTheDocument();
    // The sentence as written in the article (its pinyin readings kept), then its translation.
    expect(el.textContent).toContain('AI訓練芯片已經(jīng)被亞馬遜和英特爾提到日程上來了');
    expect(el.textContent).toContain('AI training chips are already on the agenda of Amazon and Intel');

    act(() => useViewStore.getState().setYears(2019, 2023));
    await waitFor(() => expect(within(el).queryByText(/Trainium3/)).toBeNull());
    await waitForPanelState(el);
    expect(within(el).getByText(/Sam Altman \(OpenAI\): The world’s AI compute doubles/)).toBeInTheDocument();
    expect(within(el).getByText(/Amazon and Intel have put AI training chips on the agenda/)).toBeInTheDocument();
  });

  it('a region change empties the US-only panels and is named as not applying to the doubling curves', async () => {
    renderWithQuery(<ComputeSlice />);
    await panel(/Training cost/);
    act(() => useViewStore.getState().setRegion('cn'));
    const cost = await panel(/Training cost/, 'empty');
    expect(await within(cost).findByText('No figures for China in this panel')).toBeInTheDocument();
    expect(within(cost).getByRole('button', { name: 'Clear region' })).toBeInTheDocument();
    const doubling = await panel(/Doubling curves/);
    expect(doubling.querySelector('.panel__na')).toHaveTextContent('region filter: Does not apply here');
  });

  it('a vendor legend entry toggles the shared vendor filter, and the other panels follow', async () => {
    renderWithQuery(<ComputeSlice />);
    const cost = await panel(/Training cost/);
    await userEvent.click(within(cost).getByRole('button', { name: 'Anthropic' }));
    expect(useViewStore.getState().vendors).toEqual(['anthropic']);
    await waitFor(() => expect(within(cost).queryByText('$63M')).toBeNull());
    expect(within(cost).getByText('≥ $2.7B')).toBeInTheDocument();
    const price = await panel(/Token price/, 'empty');
    expect(await within(price).findByText('No figures for Anthropic in this panel')).toBeInTheDocument();
  });

  it('shows an error with Retry when the metrics request fails, and recovers', async () => {
    server.use(
      http.get(
        '*/api/v1/metrics',
        () => HttpResponse.json({ error: { code: 'internal', message: 'boom', details: [] } }, { status: 500 }),
        { once: true },
      ),
    );
    renderWithQuery(<ComputeSlice />);
    const cost = await panel(/Training cost/, 'error');
    expect(within(cost).getByRole('alert')).toHaveTextContent('Could not load this panel');
    await userEvent.click(within(cost).getByRole('button', { name: 'Retry' }));
    await panel(/Training cost/);
    expect(within(cost).getByText('$63M')).toBeInTheDocument();
  });
});
