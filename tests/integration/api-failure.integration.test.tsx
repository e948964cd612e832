// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { App } from '../../src/app/App';
import { useViewStore } from '../../src/shared/filters/store';
import { DEFAULT_API_TIMEOUT_MS, setApiTimeout } from '../../src/shared/api/timeout';
import { renderWithQuery, useMockApi, waitForPanelState } from '../setup/render';

const server = useMockApi();
// The whole app in jsdom, its first render transforming every lazy slice, on 2 cores shared
// with other suites: every wait in this file may take up to 30 s (the setup's default is 8 s).
beforeAll(() => configure({ asyncUtilTimeout: 30_000 }));
afterEach(() => {
  setApiTimeout(DEFAULT_API_TIMEOUT_MS);
  vi.restoreAllMocks();
});

describe('the client under a failing API', () => {
  it(
    'a request that never answers ends in the panel’s error with Retry, and Retry recovers',
    { timeout: 60_000 },
    async () => {
      // A short timeout stands for the real 15 s (long enough that the other panels' answers arrive in it).
      setApiTimeout(1000);
      server.use(
        http.get('*/api/v1/models', async () => {
          await delay('infinite');
        }),
      );
      renderWithQuery(<App />);
      const params = await screen.findByRole('article', { name: /Parameter scale/ });
      await waitForPanelState(params, 'error');
      expect(within(params).getByRole('alert')).toHaveTextContent('The API did not answer within 1 s');
      // The API answers again; the default timeout, so a busy test machine cannot make the good answer late.
      server.resetHandlers();
      setApiTimeout(DEFAULT_API_TIMEOUT_MS);
      await userEvent.click(within(params).getByRole('button', { name: 'Retry' }));
      await waitForPanelState(params, 'ready');
      expect(params.querySelector('svg.recharts-surface')).not.toBeNull();
    },
  );

  it(
    'an unknown vendor id in the link is dropped before any panel asks for it; the rest of the view loads',
    { timeout: 60_000 },
    async () => {
      const seen: string[] = [];
      server.events.on('request:start', ({ request }) => seen.push(new URL(request.url).search));
      window.history.replaceState(null, '', '/?v=1&vendor=nosuch&region=us&from=2023&to=2024');
      const push = vi.spyOn(window.history, 'pushState');
      renderWithQuery(<App />);
      const notice = await screen.findByRole('status', { name: 'Link notice' });
      await waitFor(() => expect(notice).toHaveTextContent('Dropped an unknown vendor in the link: nosuch'));
      const params = await screen.findByRole('article', { name: /Parameter scale/ });
      await waitForPanelState(params, 'ready');
      // Every panel mounted ends ready or empty: none in error, none still waiting.
      await waitFor(() => {
        const panels = [...document.querySelectorAll('[data-panel]')];
        expect(panels.length).toBeGreaterThanOrEqual(16);
        for (const p of panels) expect(['ready', 'empty']).toContain(p.getAttribute('data-state'));
      });
      expect(seen.filter((q) => q.includes('nosuch'))).toEqual([]);
      expect(seen.some((q) => q.includes('region=us'))).toBe(true);
      expect(useViewStore.getState()).toMatchObject({ vendors: [], region: 'us', from: 2023, to: 2024 });
      // The link is rewritten in place: no history entry holds the bad id.
      expect(window.location.search).toBe('?v=1&region=us&from=2023&to=2024');
      expect(push).not.toHaveBeenCalled();
      await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
      expect(notice).toBeEmptyDOMElement();
    },
  );

  it(
    'a stale id beside a known one: the known one stays, in Chinese the notice is Chinese',
    { timeout: 60_000 },
    async () => {
      const seen: string[] = [];
      server.events.on('request:start', ({ request }) => seen.push(new URL(request.url).search));
      window.history.replaceState(null, '', '/?v=1&vendor=openai~nosuch&lang=zh');
      renderWithQuery(<App />);
      const notice = await screen.findByRole('status', { name: '链接提示' });
      await waitFor(() => expect(notice).toHaveTextContent('已忽略链接中的未知厂商：nosuch'));
      await waitFor(() => expect(seen.some((q) => q.includes('vendor=openai'))).toBe(true));
      expect(seen.filter((q) => q.includes('nosuch'))).toEqual([]);
      expect(useViewStore.getState().vendors).toEqual(['openai']);
      expect(window.location.search).toBe('?v=1&vendor=openai&lang=zh');
      // Back to a link with a stale id (history written by hand): dropped again, with a notice.
      act(() => {
        window.history.pushState(null, '', '/?v=1&vendor=baidu~gone&lang=zh');
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      expect(useViewStore.getState().vendors).toEqual(['baidu']);
      expect(window.location.search).toBe('?v=1&vendor=baidu&lang=zh');
      await waitFor(() => expect(notice).toHaveTextContent('已忽略链接中的未知厂商：gone'));
    },
  );
});
