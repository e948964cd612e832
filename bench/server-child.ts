// The real server (startServer) in its own process, so the bench can sample
// its RSS. Env: DATASET_FILE (optional), BENCH_STATIC (built SPA, optional).
// Prints one JSON line {"url": …} when listening; exits on SIGTERM.
import { startServer } from '../server/serve';

const server = await startServer({
  port: 0,
  ...(process.env.BENCH_STATIC ? { staticDir: process.env.BENCH_STATIC } : {}),
});
process.stdout.write(JSON.stringify({ url: server.url }) + '\n');
const stop = () => void server.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
