// The API on a free port with `npm start`'s signal handling, for the shutdown
// test (server/shutdown.test.ts). Prints {"url": …} once listening.
import { graceMsFrom } from '../gracefulClose';
import { startServer } from '../serve';
import { stopOnSignals } from '../shutdown';

const running = await startServer({ port: 0 });
stopOnSignals(running, graceMsFrom(process.env.SHUTDOWN_GRACE_MS));
process.stdout.write(JSON.stringify({ url: running.url }) + '\n');
