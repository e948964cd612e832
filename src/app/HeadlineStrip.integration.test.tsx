// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { QueryClientProvider } from '@tanstack/react-query';
import { useViewStore } from '../shared/filters/store';
import { renderWithQuery, useMockApi } from '../../tests/setup/render';
import { HeadlineStrip } from './HeadlineStrip';

const server = useMockApi();

function requests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const u = new URL(request.url);
    seen.push(`${u.pathname}${u.search}`);
  });
  return seen;
}

const figure = (id: string) => document.querySelector<HTMLElement>(`[data-headline="${id}"]`);
const shownIds = () => [...document.querySelectorAll('[data-headline]')].map((e) => e.getAttribute('data-headline'));

async function renderStrip(onJump = vi.fn()) {
  renderWithQuery(<HeadlineStrip enabled onJump={onJump} />);
  await waitFor(() => expect(figure('openai-weekly-active-users')).not.toBeNull());
  return onJump;
}

describe('the headline strip against the mock API', () => {
  it('shows the eight key figures with their bounds, kinds and periods, from one metrics request', async () => {
    const seen = requests();
    await renderStrip();
    expect(shownIds()).toHaveLength(8);
    const value = (id: string) => figure(id)!.querySelector('.headline__value')!.textContent;
    expect(value('openai-weekly-active-users')).toBe('250M');
    expect(value('openai-revenue-2024')).toBe('≈$3.4B');
    expect(value('azure-growth-guidance-2024-q3')).toBe('35–36%');
    expect(value('doubao-mau-2024-09')).toBe('≥40M');
    expect(value('ernie-api-calls-2024-q3')).toBe('1.5B/day');
    const meta = (id: string) => figure(id)!.querySelector<HTMLElement>('.headline__meta')!;
    await waitFor(() => expect(within(meta('azure-growth-guidance-2024-q3')).getByText('guidance')).toBeVisible());
    expect(within(meta('openai-loss-2024')).getByText('reported')).toBeInTheDocument();
    expect(within(meta('doubao-mau-2024-09')).getByText('Sep 2024')).toBeInTheDocument();
    const metricCalls = seen.filter((s) => s.startsWith('/api/v1/metrics'));
    expect(metricCalls).toHaveLength(1);
    expect(metricCalls[0]).toContain('metric=api-calls-daily');
  });

  it('under region=us the Chinese figures step aside and the strip says how many', async () => {
    const seen = requests();
    await renderStrip();
    act(() => useViewStore.getState().setRegion('us'));
    await waitFor(() => expect(figure('doubao-mau-2024-09')).toBeNull());
    expect(figure('ernie-api-calls-2024-q3')).toBeNull();
    expect(figure('baidu-ai-cloud-growth-2024-q3')).toBeNull();
    expect(shownIds()).toEqual([
      'openai-weekly-active-users',
      'openai-revenue-2024',
      'openai-loss-2024',
      'google-cloud-growth-2024-q3',
      'azure-growth-guidance-2024-q3',
    ]);
    expect(screen.getByTestId('headlines-aside')).toHaveTextContent('3 more set aside by the filters');
    expect(seen.some((s) => s.startsWith('/api/v1/metrics') && s.includes('region=us'))).toBe(true);
  });

  it('says so in one line when the filters set every figure aside', async () => {
    await renderStrip();
    act(() => useViewStore.getState().setYears(2019, 2022));
    expect(await screen.findByTestId('headlines-none')).toHaveTextContent(
      'None of the key figures matches the current filters.',
    );
    expect(shownIds()).toEqual([]);
  });

  it('focusing a figure shows its source sentence; Escape and blur hide it', async () => {
    await renderStrip();
    const azure = figure('azure-growth-guidance-2024-q3')!;
    const button = within(azure).getByRole('button');
    const tip = within(azure).getByRole('tooltip', { hidden: true });
    expect(tip).not.toBeVisible();
    expect(button).toHaveAttribute('aria-describedby', tip.id);
    act(() => button.focus());
    expect(tip).toBeVisible();
    // The sentence as the article writes it, and its translation in English.
    await waitFor(() => expect(tip).toHaveTextContent('同比增35%~36%'));
    expect(tip).toHaveTextContent('Microsoft expects Azure cloud revenue');
    expect(button).toHaveAccessibleDescription(/同比增35%~36%/);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(tip).not.toBeVisible();
    act(() => button.blur());
    act(() => button.focus());
    expect(tip).toBeVisible();
    act(() => button.blur());
    expect(tip).not.toBeVisible();
  });

  it('a tap (click) shows the source and keeps it until a second tap or a tap elsewhere', async () => {
    await renderStrip();
    const doubao = figure('doubao-mau-2024-09')!;
    const tip = within(doubao).getByRole('tooltip', { hidden: true });
    await userEvent.click(within(doubao).getByRole('button'));
    expect(tip).toBeVisible();
    await userEvent.click(within(doubao).getByRole('button'));
    expect(tip).not.toBeVisible();
    await userEvent.click(within(doubao).getByRole('button'));
    expect(tip).toBeVisible();
    fireEvent.pointerDown(document.body);
    fireEvent.blur(within(doubao).getByRole('button'));
    expect(tip).not.toBeVisible();
  });

  it('links each figure to its panel and tells the page before the jump', async () => {
    const onJump = await renderStrip();
    const link = within(figure('ernie-api-calls-2024-q3')!).getByRole('link', {
      name: 'See chart: ERNIE (Wenxin) large model, average daily API calls',
    });
    expect(link).toHaveAttribute('href', '#panel-china-usage');
    await userEvent.click(link);
    expect(onJump).toHaveBeenCalledWith('china-usage');
    expect(within(figure('openai-revenue-2024')!).getByRole('link')).toHaveAttribute('href', '#panel-revenue-loss');
  });

  it('reads in Chinese: figures in 亿/万, kinds and periods in Chinese', async () => {
    act(() => useViewStore.getState().setLang('zh'));
    await renderStrip();
    expect(figure('openai-weekly-active-users')!.querySelector('.headline__value')).toHaveTextContent('2.5亿');
    expect(figure('doubao-mau-2024-09')!.querySelector('.headline__value')).toHaveTextContent('≥4000万');
    const meta = (id: string) => figure(id)!.querySelector<HTMLElement>('.headline__meta')!;
    await waitFor(() => expect(within(meta('azure-growth-guidance-2024-q3')).getByText('指引')).toBeVisible());
    expect(within(meta('ernie-api-calls-2024-q3')).getByText('2024年Q3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '关键数据' })).toBeInTheDocument();
  });

  it('waits while disabled, and offers Retry when the request fails', async () => {
    const seen = requests();
    const { rerender, client } = renderWithQuery(<HeadlineStrip enabled={false} onJump={() => {}} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.filter((s) => s.startsWith('/api/v1/metrics'))).toEqual([]);
    server.use(
      http.get('*/api/v1/metrics', () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 500 })),
    );
    rerender(
      <QueryClientProvider client={client}>
        <HeadlineStrip enabled onJump={() => {}} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The key figures could not load.');
    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(figure('openai-weekly-active-users')).not.toBeNull());
  });
});
