// A Vite plugin: the build copies public/ without some files. The real-API build
// leaves out MSW's service worker (mockServiceWorker.js), which only the mocked
// builds (the static demo) run; the dev server still serves all of public/.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Files under `dir` (relative, with `/`), in a stable order, without those named in `omit`. */
export function publicFiles(dir: string, omit: readonly string[]): string[] {
  if (!dir || !fs.existsSync(dir)) return [];
  const skip = new Set(omit);
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else if (entry.isFile() && !skip.has(name)) out.push(name);
    }
  };
  walk('');
  return out.sort();
}

export function omitPublicFiles(omit: readonly string[]): Plugin {
  let publicDir = '';
  return {
    name: 'omit-public-files',
    apply: 'build',
    // Vite's own copy takes the whole folder; this plugin emits the files it keeps instead.
    config: () => ({ build: { copyPublicDir: false } }),
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle() {
      for (const fileName of publicFiles(publicDir, omit))
        this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(path.join(publicDir, fileName)) });
    },
  };
}
