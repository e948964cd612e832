// The server of `npm start` (compiled to dist-server/start.js by
// vite.server.config.ts; server/launch.js runs it): builds the SPA if needed,
// then serves dist/ and the API until SIGTERM / SIGINT.
import { graceMsFrom } from './gracefulClose';
import { DIST, startServer } from './serve';
import { stopOnSignals } from './shutdown';
import { StartError } from './startError';

process.env.NODE_ENV = 'production';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const graceMs = graceMsFrom(process.env.SHUTDOWN_GRACE_MS);

const running = await startServer({ port, host, staticDir: DIST, build: true }).catch((error: unknown) => {
  // A dataset it cannot serve: the message names file, record and field; a stack would only hide it.
  if (!(error instanceof StartError)) throw error;
  console.error(error.message);
  process.exit(1);
});
console.log(
  `Model Race is up at ${running.url}/ (API at ${running.url}/api/v1, OpenAPI at ${running.url}/api/v1/openapi.json)`,
);
stopOnSignals(running, graceMs);
