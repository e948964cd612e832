// `npm run dev:api`: the real API on 8787 and Vite's dev server proxying /api to it, in one process.
import { createServer } from 'vite';
import { startServer } from '../server/serve';

const API_PORT = Number(process.env.API_PORT ?? 8787);
const api = await startServer({ port: API_PORT, host: '127.0.0.1' });
console.log(`API at ${api.url}/api/v1`);

const vite = await createServer({
  server: { proxy: { '/api': `http://127.0.0.1:${API_PORT}` } },
});
await vite.listen();
vite.printUrls();

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([vite.close(), api.close()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
