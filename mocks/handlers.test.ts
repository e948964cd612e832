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

  it('answer other methods than GET and HEAD on a route with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const p of ['/api/v1/vendors', '/api/v1/openapi.json']) {
        const res = await respond(`http://localhost:5173${p}`, { method });
        expect(res?.status).toBe(405);
        expect(res!.headers.get('allow')).toBe('GET, HEAD');
        expect(await res!.json()).toEqual({
          error: {
            code: 'method_not_allowed',
            message: `method ${method} not allowed on ${p}; allowed: GET, HEAD`,
            details: [],
          },
        });
      }
    }
    expect((await respond('http://localhost:5173/api/v1/nope', { method: 'POST' }))?.status).toBe(404);
  });

  it('answer HEAD as GET without a body', async () => {
    const ok = await respond('http://localhost:5173/api/v1/vendors', { method: 'HEAD' });
    expect(ok?.status).toBe(200);
    expect(ok!.headers.get('content-type')).toContain('application/json');
    expect(await ok!.text()).toBe('');
    expect((await respond('http://localhost:5173/api/v1/vendors?colour=red', { method: 'HEAD' }))?.status).toBe(400);
  });

  it('leave non-API requests alone (dev modules under src/shared/api, assets)', async () => {
    expect(await respond('http://localhost:5173/src/shared/api/contract/index.ts')).toBeUndefined();
    expect(await respond('http://localhost:5173/assets/app.js')).toBeUndefined();
  });
});
