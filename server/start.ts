// `npm run start`: builds the SPA if needed, then serves dist/ and the API.
import { DIST, startServer } from './serve';

process.env.NODE_ENV = 'production';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';

const running = await startServer({ port, host, staticDir: DIST, build: true });
console.log(
  `Model Race is up at ${running.url}/ (API at ${running.url}/api/v1, OpenAPI at ${running.url}/api/v1/openapi.json)`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: closing…`);
  running.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
