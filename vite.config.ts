import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// With extensions: Vite's coming native config loader resolves no extensionless imports.
import { withHtmlShell } from './src/app/htmlShell.ts';
import { preloadFirstSlice } from './scripts/preloadFirstSlice.ts';
import { inlineEntryCss } from './scripts/inlineEntryCss.ts';
import { builtHtmlPlugin } from './scripts/htmlPlugin.ts';
import { omitPublicFiles } from './scripts/omitPublicFiles.ts';

// Modes: default (real API, same origin), `mock` (dev on the MSW mock), `demo`
// (static build on the embedded mock, relative base so any static host works).
// These modes run the API mock (MSW) in the browser; the real-API build does not.
const runsMock = (mode: string) => mode === 'demo' || mode === 'mock';

export default defineConfig(({ mode }) => ({
  // The built index.html carries the header as static HTML: something to read before any script runs.
  plugins: [
    react(),
    builtHtmlPlugin('html-shell', withHtmlShell),
    // The first slice on the page (App's SLICES[0]) downloads with the entry.
    preloadFirstSlice('src/features/stages/index.ts'),
    inlineEntryCss(),
    // MSW's service worker ships only with the mocked builds (the static demo).
    ...(runsMock(mode) ? [] : [omitPublicFiles(['mockServiceWorker.js'])]),
  ],
  base: mode === 'demo' ? './' : '/',
  define: runsMock(mode) ? { 'import.meta.env.VITE_API_MOCKING': JSON.stringify('true') } : {},
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // React first (higher priority), so the charts group cannot capture it as one of
        // Recharts' dependencies; the entry then loads React without Recharts, and the
        // charts chunk arrives with the first slice.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-is|use-sync-external-store)[\\/]/,
              priority: 3,
            },
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|@reduxjs|redux|reselect|immer|es-toolkit|eventemitter3|tiny-invariant|react-redux|clsx)[\\/]/,
              priority: 2,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
}));
