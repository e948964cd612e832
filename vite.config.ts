import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Modes: default (real API, same origin), `mock` (dev on the MSW mock), `demo`
// (static build on the embedded mock, relative base so any static host works).
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  base: mode === 'demo' ? './' : '/',
  define: mode === 'demo' || mode === 'mock' ? { 'import.meta.env.VITE_API_MOCKING': JSON.stringify('true') } : {},
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    sourcemap: false,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/recharts') || id.includes('node_modules/d3-') || id.includes('node_modules/victory-vendor')) return 'charts';
          if (id.includes('node_modules/react-dom') || id.includes('node_modules/react/') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173 },
}));
