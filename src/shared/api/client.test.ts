import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ApiHttpError, ApiShapeError, fetchList, setApiBase, toSearchParams } from './client';

const server = setupServer();
beforeAll(() => {
  setApiBase('http://api.test/api/v1');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('toSearchParams', () => {
  it('repeats arrays, sorts keys and skips undefined', () => {
    expect(toSearchParams({ vendor: ['openai', 'google'], region: 'us', from: undefined }).toString()).toBe(
      'region=us&vendor=openai&vendor=google',
    );
  });
});

describe('fetchList', () => {
  it('sends the query and returns the parsed body', async () => {
    let seen = '';
    server.use(
      http.get('http://api.test/api/v1/stages', ({ request }) => {
        seen = new URL(request.url).search;
        return HttpResponse.json({ data: [], meta: { count: 0, nextCursor: null } });
      }),
    );
    await expect(fetchList('stages', { from: '2023', to: '2024' })).resolves.toEqual({
      data: [],
      meta: { count: 0, nextCursor: null },
    });
    expect(seen).toBe('?from=2023&to=2024');
  });
  it('throws ApiShapeError for a malformed answer', async () => {
    server.use(
      http.get('http://api.test/api/v1/vendors', () => HttpResponse.json({ data: [{ id: 'x' }], meta: { count: 1 } })),
    );
    const err = await fetchList('vendors', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiShapeError);
    expect((err as Error).message).toMatch(/Malformed response from vendors: data\.0\./);
  });
  it('throws ApiShapeError for a body that is not JSON', async () => {
    server.use(
      http.get(
        'http://api.test/api/v1/vendors',
        () => new HttpResponse('<html>', { headers: { 'content-type': 'text/html' } }),
      ),
    );
    await expect(fetchList('vendors', {})).rejects.toBeInstanceOf(ApiShapeError);
  });
  it('throws ApiHttpError with the API’s message for an error status', async () => {
    server.use(
      http.get('http://api.test/api/v1/models', () =>
        HttpResponse.json(
          { error: { code: 'bad_request', message: 'region: Invalid option', details: [] } },
          { status: 400 },
        ),
      ),
    );
    const err = await fetchList('models', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiHttpError);
    expect(err).toMatchObject({ status: 400, message: 'region: Invalid option' });
  });
});
