import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { startServer } from './serve';

describe('startServer with a DATASET_FILE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-serve-'));
  afterEach(() => {
    delete process.env.DATASET_FILE;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds the database in a child process and serves it read-only', async () => {
    // The article data plus one vendor only this file has (a dataset with dangling references would be refused).
    const file = path.join(dir, 'plus-one.json');
    const extra = { ...dataset.vendors[0]!, id: 'file-only-vendor' };
    fs.writeFileSync(file, JSON.stringify({ ...dataset, vendors: [...dataset.vendors, extra] }));
    process.env.DATASET_FILE = file;
    const server = await startServer({ port: 0, overrideGlobalObjects: false });
    try {
      const res = await fetch(`${server.url}/api/v1/vendors?vendor=file-only-vendor`);
      const body = (await res.json()) as { data: { id: string }[] };
      expect(res.status).toBe(200);
      expect(body.data.map((v) => v.id)).toEqual(['file-only-vendor']);
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
