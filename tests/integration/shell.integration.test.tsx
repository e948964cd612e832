// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { App } from '../../src/app/App';
import { useViewStore } from '../../src/shared/filters/store';
import { renderWithQuery, useMockApi, waitForPanelState } from '../setup/render';

const server = useMockApi();

function requestLog(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const u = new URL(request.url);
    seen.push(`${u.pathname}${u.search}`);
  });
  return seen;
}

describe('the shell against the mock API', () => {
  it('renders the four slices as named landmarks with data', async () => {
    renderWithQuery(<App />);
    for (const name of ['Stages of the race', 'Compute and cost', 'Monetization', 'China market'])
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    const params = await screen.findByRole('article', { name: /Parameter scale/ });
    await waitForPanelState(params);
    expect(params.querySelector('svg.recharts-surface')).not.toBeNull();
  });

  it('a region change refetches with the new parameter and changes the panel', async () => {
    const seen = requestLog();
    renderWithQuery(<App />);
    const params = await screen.findByRole('article', { name: /Parameter scale/ });
    await waitFor(() => expect(params).toHaveAttribute('data-state', 'ready'));
    const filters = screen.getByRole('navigation', { name: 'Filters' });
    await userEvent.click(within(filters).getByRole('button', { name: 'China' }));
    await waitFor(() => expect(seen.some((s) => s.startsWith('/api/v1/models?region=cn'))).toBe(true));
    // No Chinese model in the article has a stated parameter count: the panel empties and says which filter did it.
    await waitFor(() => expect(params).toHaveAttribute('data-state', 'empty'));
    expect(await within(params).findByText('No figures for China in this panel')).toBeInTheDocument();
    expect(window.location.search).toContain('region=cn');
  });

  it('the vendor search finds Baidu by 文心 and selecting it filters the panels', async () => {
    const seen = requestLog();
    renderWithQuery(<App />);
    const box = await screen.findByRole('combobox', { name: 'Vendors' });
    await userEvent.type(box, '文心');
    const option = await screen.findByRole('option', { name: /Baidu/ });
    fireEvent.mouseDown(option);
    expect(useViewStore.getState().vendors).toEqual(['baidu']);
    await waitFor(() => expect(seen.some((s) => s.includes('vendor=baidu'))).toBe(true));
    expect(window.location.search).toContain('vendor=baidu');
  });

  it('an API error shows the panel’s error state and Retry recovers', async () => {
    server.use(
      http.get(
        '*/api/v1/models',
        () =>
          HttpResponse.json(
            { error: { code: 'internal', message: 'database unavailable', details: [] } },
            { status: 500 },
          ),
        { once: true },
      ),
    );
    renderWithQuery(<App />);
    const params = await screen.findByRole('article', { name: /Parameter scale/ });
    await waitFor(() => expect(params).toHaveAttribute('data-state', 'error'));
    expect(within(params).getByRole('alert')).toHaveTextContent('database unavailable');
    await userEvent.click(within(params).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(params).toHaveAttribute('data-state', 'ready'));
  });

  it('a malformed response is caught and shown as an error, not a blank chart', async () => {
    server.use(
      http.get('*/api/v1/models', () =>
        HttpResponse.json({ data: [{ id: 'gpt-4', parameters: 'huge' }], meta: { count: 1 } }),
      ),
    );
    renderWithQuery(<App />);
    const params = await screen.findByRole('article', { name: /Parameter scale/ });
    await waitFor(() => expect(params).toHaveAttribute('data-state', 'error'));
    expect(within(params).getByRole('alert')).toHaveTextContent(/Malformed response from models/);
  });

  it('switching to 中文 translates the shell and keeps the state in the URL', async () => {
    renderWithQuery(<App />);
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('大模型竞赛');
    expect(screen.getByRole('region', { name: '中国市场' })).toBeInTheDocument();
    expect(window.location.search).toContain('lang=zh');
  });

  it('reads its state from the URL at start, dropping malformed parameters', async () => {
    window.history.replaceState(null, '', '/?v=1&region=us&from=2023&to=2024&lang=zh&vendor=openai~!!&growth=nope');
    renderWithQuery(<App />);
    await waitFor(() =>
      expect(useViewStore.getState()).toMatchObject({
        region: 'us',
        from: 2023,
        to: 2024,
        lang: 'zh',
        vendors: ['openai'],
        growthMode: 'yoy',
      }),
    );
    act(() => useViewStore.getState().setRegion('all'));
    expect(window.location.search).not.toContain('region=');
  });
});
