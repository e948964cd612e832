import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_GRACE_MS, closeGracefully, graceMsFrom } from './gracefulClose';

const sockets: net.Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
});

/** A server whose every answer takes `delayMs`. */
async function slowServer(delayMs: number): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((_req, res) => {
    setTimeout(() => res.end('done'), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => resolve(s));
    sockets.push(s);
  });
}

/** Everything the socket receives until it closes. */
function received(s: net.Socket): Promise<string> {
  let text = '';
  s.on('data', (d: Buffer) => (text += d.toString()));
  return new Promise((resolve) => s.on('close', () => resolve(text)));
}

describe('closeGracefully', () => {
  it('lets a request in progress finish, then resolves', async () => {
    const { server, port } = await slowServer(300);
    const s = await connect(port);
    const answer = received(s);
    s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    await closeGracefully(server, 5_000);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(200);
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text.endsWith('done')).toBe(true);
  });

  it('is not held open by a keep-alive socket whose request finished during the wait', async () => {
    const { server, port } = await slowServer(100);
    const s = await connect(port);
    const answer = received(s);
    s.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    await closeGracefully(server, 30_000);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(await answer).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('cuts off a socket that never sends a request once the grace period is over', async () => {
    const { server, port } = await slowServer(0);
    const s = await connect(port);
    const closed = received(s);
    const t0 = performance.now();
    await closeGracefully(server, 300);
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3_000);
    expect(await closed).toBe('');
  });

  it('stops accepting connections at once', async () => {
    const { server, port } = await slowServer(200);
    const s = await connect(port);
    s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const closing = closeGracefully(server, 5_000);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    s.destroy();
    await closing;
  });
});

describe('graceMsFrom', () => {
  it('defaults when unset or blank', () => {
    expect(graceMsFrom(undefined)).toBe(DEFAULT_GRACE_MS);
    expect(graceMsFrom(' ')).toBe(DEFAULT_GRACE_MS);
  });
  it('reads whole milliseconds', () => {
    expect(graceMsFrom('2500')).toBe(2500);
    expect(graceMsFrom('0')).toBe(0);
  });
  it.each(['-1', '1.5', 'ten', '1e400'])('refuses %j with a message naming the variable', (value) => {
    expect(() => graceMsFrom(value)).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});
