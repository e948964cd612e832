// `npm start`: runs the compiled server (dist-server/start.js), compiling it
// first when it is missing or older than its sources. Compiling needs Vite (a
// dev dependency, there after `npm ci`); after `npm run build && npm prune
// --omit=dev` the compiled server is fresh and neither tsx nor Vite is loaded.
// Plain JavaScript, because it runs before anything is compiled.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_OUT_DIR, compiledServerState } from './freshness.js';

const root = path.resolve(import.meta.dirname, '..');
const { built, reason } = compiledServerState(root);

if (reason) {
  const vite = await import('vite').catch(() => null);
  if (vite) {
    console.log(`Compiling the server (${reason})…`);
    await vite.build({ root, configFile: path.join(root, 'vite.server.config.ts'), mode: 'production' });
  } else if (built) {
    console.warn(
      `${SERVER_OUT_DIR}/ may be stale (${reason}) and Vite is not installed to rebuild it: serving it as built.`,
    );
  } else {
    console.error(
      `${SERVER_OUT_DIR}/ is not built and Vite is not installed. Run \`npm ci && npm run build\` first (then \`npm prune --omit=dev\` if you like).`,
    );
    process.exit(1);
  }
}

await import(pathToFileURL(path.join(root, SERVER_OUT_DIR, 'start.js')).href);
