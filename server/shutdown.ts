// SIGTERM / SIGINT: stop taking connections, let requests in progress finish,
// then exit 0 (1 when closing failed). A repeated signal changes nothing (a
// Ctrl-C can reach the process twice: from the terminal and from npm).
import type { RunningServer } from './serve';

export function stopOnSignals(
  running: RunningServer,
  graceMs: number,
  log: (line: string) => void = console.log,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in progress (at most ${graceMs} ms), then exiting.`);
    running.close(graceMs).then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
