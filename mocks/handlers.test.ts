import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { handlers } from './handlers';

const respond = (url: string, init?: RequestInit) => getResponse(handlers, new Request(url, init));

describe('MSW handlers', () => {
  it('answer same-origin and any API origin', async () => {
    for (const origin of ['http://localhost:5173', 'https://api.example.com:8443']) {
      const res = await respond(`${origin}/api/v1/vendors`);
      expect(res?.status).toBe(200);
      expect(await res!.json()).toEqual({
        data: dataset.vendors,
        meta: { count: dataset.vendors.length, nextCursor: null },
      });
    }
  });

  it('answer unknown /api routes with a 404 body', async () => {
    const res = await respond('http://localhost:5173/api/v1/nope');
    expect(res?.status).toBe(404);
    expect(await res!.json()).toEqual({
      error: { code: 'not_found', message: 'no such route: /api/v1/nope', details: [] },
    });
  });

  it('leave non-API requests alone (dev modules under src/shared/api, assets)', async () => {
    expect(await respond('http://localhost:5173/src/shared/api/contract/index.ts')).toBeUndefined();
    expect(await respond('http://localhost:5173/assets/app.js')).toBeUndefined();
  });
});
