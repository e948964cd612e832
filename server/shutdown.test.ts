// `npm start`'s SIGTERM handling, in a real process: a request in progress
// finishes with 200, then the process exits 0.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CHILD = path.join(import.meta.dirname, 'testing/signal-child.ts');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Child {
  proc: ChildProcess;
  url: URL;
  /** Resolves once a line of output matches. */
  printed(re: RegExp): Promise<void>;
  exited: Promise<{ code: number | null; at: number }>;
}

async function startChild(env: Record<string, string>): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(proc);
  let out = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) {
      if (!w.re.test(out)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const printed = (re: RegExp) =>
    new Promise<void>((resolve) => (re.test(out) ? resolve() : waiters.push({ re, resolve })));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    proc.on('exit', (code) => resolve({ code, at: performance.now() })),
  );
  await printed(/"url"/);
  const url = new URL((JSON.parse(out.split('\n')[0]!) as { url: string }).url);
  return { proc, url, printed, exited };
}

function connect(url: URL): Promise<net.Socket> {
  return new Promise((resolve) => {
    const s = net.connect(Number(url.port), url.hostname, () => resolve(s));
  });
}

describe('SIGTERM', () => {
  it('lets a request in progress finish with 200, then exits 0', async () => {
    const child = await startChild({ SHUTDOWN_GRACE_MS: '10000' });
    const s = await connect(child.url);
    let text = '';
    s.on('data', (d: Buffer) => (text += d.toString()));
    const answered = new Promise<number>((resolve) => s.on('close', () => resolve(performance.now())));
    // The request is under way (its headers are not complete) when the signal arrives.
    s.write('GET /api/v1/vendors HTTP/1.1\r\nHost: localhost\r\n');
    await new Promise((r) => setTimeout(r, 100));
    child.proc.kill('SIGTERM');
    await child.printed(/SIGTERM: finishing requests in progress/);
    s.write('\r\n');
    const answeredAt = await answered;
    const { code, at } = await child.exited;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    const body = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { data: unknown[] };
    expect(body.data.length).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(at).toBeGreaterThanOrEqual(answeredAt);
  }, 60_000);

  it('exits 0 after the grace period when a connection never sends a request', async () => {
    const child = await startChild({ SHUTDOWN_GRACE_MS: '500' });
    const s = await connect(child.url);
    const t0 = performance.now();
    child.proc.kill('SIGTERM');
    const { code, at } = await child.exited;
    s.destroy();
    expect(code).toBe(0);
    expect(at - t0).toBeGreaterThanOrEqual(400);
    expect(at - t0).toBeLessThan(5_000);
  }, 60_000);
});
