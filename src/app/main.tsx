// First: no schema may parse before Zod's eval probe is off (the server's CSP refuses eval).
import '../shared/api/zodWithoutEval';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { readApiConfig } from '../shared/api/config';
import { setApiBase } from '../shared/api/client';
import { loadViewFromUrl } from '../shared/filters/useUrlSync';
import { createQueryClient } from './queryClient';
import { App } from './App';
import './styles.css';

const MOCK_BUILD = import.meta.env.VITE_API_MOCKING === 'true' || import.meta.env.VITE_API_MOCKING === '1';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  let config;
  try {
    config = readApiConfig(import.meta.env);
  } catch (e) {
    root.render(<pre role="alert">{e instanceof Error ? e.message : String(e)}</pre>);
    return;
  }
  // The demo may be hosted in a sub-folder: its mocked API sits beside index.html.
  setApiBase(config.mocking && !import.meta.env.VITE_API_URL ? `${import.meta.env.BASE_URL}api/v1` : config.baseUrl);
  // VITE_API_MOCKING is fixed at build time, so in the real-API build this branch
  // (and the MSW chunk behind it) is dropped entirely.
  if (MOCK_BUILD && config.mocking) {
    const { worker } = await import('../../mocks/browser');
    await worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  }
  loadViewFromUrl();
  // The first render as a transition: time-sliced, so it does not block the main thread in one task.
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={createQueryClient()}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}

void boot();
