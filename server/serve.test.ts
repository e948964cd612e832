import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { startServer } from './serve';

describe('startServer with a DATASET_FILE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-serve-'));
  afterEach(() => {
    delete process.env.DATASET_FILE;
  });

  it('builds the database in a child process and serves it read-only', async () => {
    const file = path.join(dir, 'small.json');
    fs.writeFileSync(file, JSON.stringify({ ...dataset, vendors: dataset.vendors.slice(0, 3) }));
    process.env.DATASET_FILE = file;
    const server = await startServer({ port: 0, overrideGlobalObjects: false });
    try {
      const res = await fetch(`${server.url}/api/v1/vendors`);
      const body = (await res.json()) as { meta: { count: number } };
      expect(res.status).toBe(200);
      expect(body.meta.count).toBe(3);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('refuses an invalid file with a clear error', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ ...dataset, vendors: [{ id: 'Bad Id' }] }));
    process.env.DATASET_FILE = file;
    await expect(startServer({ port: 0, overrideGlobalObjects: false })).rejects.toThrow(/Could not load DATASET_FILE/);
  }, 60_000);
});
