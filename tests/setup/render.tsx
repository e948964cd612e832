import { afterAll, afterEach, beforeAll } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { server } from '../../mocks/node';
import { setApiBase } from '../../src/shared/api/client';
import { CHART_WAIT_CLASS } from '../../src/shared/ui/chartWait';

/** Starts the MSW node server for this test file; any request without a handler fails the test. */
export function useMockApi(): typeof server {
  beforeAll(() => {
    setApiBase('/api/v1');
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export function renderWithQuery(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}

/**
 * Waits until a panel is in `state`. A ready panel also has its chart drawn:
 * a chart's first render runs as a transition, one step after the data.
 */
export async function waitForPanelState(el: HTMLElement, state = 'ready'): Promise<void> {
  await waitFor(() => {
    expect(el).toHaveAttribute('data-state', state);
    if (state === 'ready') expect(el.querySelector(`.${CHART_WAIT_CLASS}`)).toBeNull();
  });
}
