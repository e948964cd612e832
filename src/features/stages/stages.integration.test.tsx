// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useViewStore } from '../../shared/filters/store';
import { renderWithQuery, useMockApi, waitForPanelState } from '../../../tests/setup/render';
import { StagesSlice } from './index';

const server = useMockApi();

async function panel(name: RegExp) {
  const el = await screen.findByRole('article', { name });
  await waitForPanelState(el);
  return el;
}

async function showTable(el: HTMLElement) {
  await userEvent.click(within(el).getByRole('button', { name: 'Show as table' }));
  // the panel's own table (captioned "<title> — <subtitle>"), not a table in its notes
  const title = within(el).getByRole('heading', { level: 3 }).textContent ?? '';
  return within(el).findByRole('table', { name: new RegExp(`^${title} — `) });
}

describe('stages slice against the mock API', () => {
  it('draws the four panels, timeline first', async () => {
    renderWithQuery(<StagesSlice />);
    const timeline = await panel(/Release timeline/);
    await panel(/Parameter scale/);
    await panel(/Benchmark scores/);
    await panel(/Modalities/);
    const ids = [...document.querySelectorAll('[data-panel]')].map((e) => e.getAttribute('data-panel'));
    expect(ids).toEqual(['release-timeline', 'parameter-scale', 'benchmarks', 'modalities']);
    expect(timeline.parentElement).toHaveClass('panel--wide');
    // The stages as the article tells them: a lane each, 1 and 2 overlapping, the device layer not dated.
    await waitFor(() => expect(timeline.querySelectorAll('[data-stage]').length).toBeGreaterThanOrEqual(3));
    const lane = (id: string) => timeline.querySelector(`[data-stage="${id}"]`)!;
    const span = (id: string) => [Number(lane(id).getAttribute('data-x1')), Number(lane(id).getAttribute('data-x2'))];
    const [a1, a2] = span('parameters');
    const [b1, b2] = span('multimodal-monetization');
    expect(a1! < b2! && b1! < a2!).toBe(true);
    expect(lane('device')).toHaveAttribute('data-dated', 'false');
    expect(lane('device')).toHaveTextContent(/not dated/);
  });

  it('files each release under the stage whose section tells it', async () => {
    renderWithQuery(<StagesSlice />);
    const table = await showTable(await panel(/Release timeline/));
    const row = (name: string) => within(table).getByRole('cell', { name }).closest('tr')!;
    // GPT-4o (May 2024) is told in the stage-1 section, though stage 2 runs then too
    expect(row('GPT-4o')).toHaveTextContent('told in stage 1');
    expect(row('Gemini 2.0 Flash')).toHaveTextContent('told in stage 1');
  });

  it('the timeline table lists the dated releases with their dates as given', async () => {
    renderWithQuery(<StagesSlice />);
    const table = await showTable(await panel(/Release timeline/));
    const row = (name: string) => within(table).getByRole('cell', { name }).closest('tr')!;
    expect(within(row('GPT-4o')).getByText('May 2024')).toBeInTheDocument();
    expect(within(row('Gemini 2.0 Flash')).getByText('Dec 12, 2024')).toBeInTheDocument();
    expect(within(row('Llama 3.3 70B')).getByText('Dec 9, 2024')).toBeInTheDocument();
    // the release event with no model of its own is on the timeline too
    expect(within(table).getByText('Amazon releases 6 large models at re:Invent')).toBeInTheDocument();
    // …but a model's release is not listed twice
    expect(within(table).getAllByRole('cell', { name: 'GPT-4' })).toHaveLength(1);
  });

  it('shows the MMLU scores and the derived difference', async () => {
    renderWithQuery(<StagesSlice />);
    const bench = await panel(/Benchmark scores/);
    expect(within(bench).getAllByText(/\+2\.2 pp/).length).toBeGreaterThan(0);
    const table = await showTable(bench);
    expect(within(table).getByText('86.5')).toBeInTheDocument();
    expect(within(table).getByText('88.7')).toBeInTheDocument();
    expect(within(table).getByText(/^derived: /)).toBeInTheDocument();
  });

  it('lists modalities as stated and names the models without any', async () => {
    renderWithQuery(<StagesSlice />);
    const mods = await panel(/Modalities/);
    expect(within(mods).getByText(/Modalities not stated/)).toHaveTextContent('ChatGPT');
    expect(within(mods).getByRole('table', { name: /When each vendor got there/ })).toHaveTextContent('Kling AI');
    const table = await showTable(mods);
    const sora = within(table).getByRole('cell', { name: 'Sora' }).closest('tr')!;
    expect(sora).toHaveTextContent('video');
    expect(within(table).queryByRole('cell', { name: 'ChatGPT' })).toBeNull();
  });

  it('the parameter scale says which sizes are only in a name', async () => {
    renderWithQuery(<StagesSlice />);
    const params = await panel(/Parameter scale/);
    expect(within(params).getByText(/Size only in the model’s name/)).toHaveTextContent('Llama 3.3 70B');
  });

  it('a region change changes what the panels show, and says where time does not apply', async () => {
    renderWithQuery(<StagesSlice />);
    const mods = await panel(/Modalities/);
    const bench = await panel(/Benchmark scores/);
    act(() => useViewStore.getState().setRegion('cn'));
    await waitFor(() => expect(within(mods).queryByText(/GPT-4o/)).toBeNull());
    const table = await showTable(mods);
    expect(within(table).getByRole('cell', { name: 'Kling AI' })).toBeInTheDocument();
    await waitFor(() => expect(bench).toHaveAttribute('data-state', 'empty'));
    act(() => useViewStore.getState().setYears(2023, 2024));
    // Folded to one line, the panel names the region alone: the note on the time range waits.
    expect(await within(bench).findByText('No figures for China in this panel')).toBeInTheDocument();
    expect(within(bench).queryByText(/Does not apply here/i)).toBeNull();
    act(() => useViewStore.getState().setRegion('all'));
    expect(await within(bench).findByText(/time range.*Does not apply here/i)).toBeInTheDocument();
  });

  it('clicking a vendor in the timeline legend filters every panel', async () => {
    renderWithQuery(<StagesSlice />);
    const timeline = await panel(/Release timeline/);
    const params = await panel(/Parameter scale/);
    await userEvent.click(within(timeline).getByRole('button', { name: 'Google' }));
    expect(useViewStore.getState().vendors).toEqual(['google']);
    await waitFor(() => expect(params).toHaveAttribute('data-state', 'empty'));
    await waitFor(() =>
      expect(within(timeline).getByRole('button', { name: 'Google' })).toHaveAttribute('aria-pressed', 'true'),
    );
  });

  it('the brush sets the shared time range, and the timeline follows', async () => {
    renderWithQuery(<StagesSlice />);
    const timeline = await panel(/Release timeline/);
    const brush = within(timeline).getByRole('group', { name: 'Shared time range' });
    expect(brush).toHaveTextContent('Shared range: 2019–2025');
    const [start] = within(brush).getAllByRole('slider');
    fireEvent.keyDown(start!, { key: 'ArrowRight' });
    fireEvent.keyDown(start!, { key: 'ArrowRight' });
    await waitFor(() => expect(useViewStore.getState().from).toBe(2021), { timeout: 3000 });
    expect(useViewStore.getState().to).toBe(2025);
    await waitFor(() => expect(brush).toHaveTextContent('Shared range: 2021–2025'));
    const table = await showTable(await panel(/Release timeline/));
    expect(within(table).queryByRole('cell', { name: 'GPT-2' })).toBeNull();
    expect(within(table).getByRole('cell', { name: 'GPT-4o' })).toBeInTheDocument();
  });

  it('an API error shows the timeline’s error state and Retry recovers', async () => {
    server.use(
      http.get(
        '*/api/v1/stages',
        () => HttpResponse.json({ error: { code: 'internal', message: 'boom', details: [] } }, { status: 500 }),
        { once: true },
      ),
    );
    renderWithQuery(<StagesSlice />);
    const timeline = await screen.findByRole('article', { name: /Release timeline/ });
    await waitFor(() => expect(timeline).toHaveAttribute('data-state', 'error'));
    expect(within(timeline).getByRole('alert')).toHaveTextContent('boom');
    await userEvent.click(within(timeline).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(timeline).toHaveAttribute('data-state', 'ready'));
  });
});
