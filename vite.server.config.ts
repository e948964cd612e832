import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
// With extensions: Vite's coming native config loader resolves no extensionless imports.
import { SERVER_OUT_DIR, INPUTS_FILE, localInputs } from './server/freshness.js';

// `npm run build:server`: the server (server/start.ts and the DATASET_FILE
// child server/build-db.ts, with what they import from src/ and data/) as
// plain ES modules in dist-server/, so `npm start` needs neither tsx nor Vite.
// Packages stay external (they are runtime dependencies; better-sqlite3 is
// native); local code and data/*.json are bundled in.

/** Writes dist-server/inputs.json: the local files the build read, for server/launch.js's freshness check. */
function recordInputs(root: string): Plugin {
  return {
    name: 'record-server-inputs',
    apply: 'build',
    writeBundle(options) {
      const ids = [...this.getModuleIds()];
      const inputs = localInputs(root, ids, ['vite.server.config.ts', 'server/freshness.js', 'package.json']);
      const outDir = options.dir ?? path.join(root, SERVER_OUT_DIR);
      fs.writeFileSync(path.join(outDir, INPUTS_FILE), JSON.stringify({ inputs }, null, 1) + '\n');
    },
  };
}

const root = import.meta.dirname;

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [recordInputs(root)],
  build: {
    ssr: true,
    outDir: SERVER_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    target: 'node20',
    rolldownOptions: {
      input: { start: 'server/start.ts', 'build-db': 'server/build-db.ts' },
      output: {
        format: 'es',
        // One flat folder: serve.ts finds the repository as the parent of its own folder.
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
