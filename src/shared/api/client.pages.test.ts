// fetchList follows the contract's pages: every page fetched, validated and
// concatenated, with the same query and signal; a list that never ends is an error.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { dataset } from '../../../data';
import { handlers } from '../../../mocks/handlers';
import { ApiHttpError, ApiListTooLongError, ApiShapeError, MAX_LIST_PAGES, fetchList, setApiBase } from './client';

const BASE = 'http://api.test/api/v1';
const server = setupServer();
beforeAll(() => {
  setApiBase(BASE);
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const source = (id: string) => ({ ...dataset.sources[0]!, id });
const page = (ids: string[], nextCursor: string | null) => ({
  data: ids.map(source),
  meta: { count: ids.length, nextCursor },
});

/** Answers /sources from a list of pages keyed by the cursor asked for ('' for none); records every query string. */
function pagedStages(pages: Record<string, ReturnType<typeof page> | Response>) {
  const seen: string[] = [];
  server.use(
    http.get(`${BASE}/sources`, ({ request }) => {
      const url = new URL(request.url);
      seen.push(url.search);
      const answer = pages[url.searchParams.get('cursor') ?? ''];
      if (!answer)
        return HttpResponse.json({ error: { code: 'bad_request', message: 'no', details: [] } }, { status: 400 });
      return answer instanceof Response ? answer : HttpResponse.json(answer);
    }),
  );
  return seen;
}

describe('fetchList pages', () => {
  it('follows nextCursor with the same query and returns the records of every page in order', async () => {
    const seen = pagedStages({ '': page(['a', 'b'], 'c1'), c1: page(['c'], 'c2'), c2: page(['d'], null) });
    const list = await fetchList('sources', { kind: 'forecast', id: ['a', 'b'] });
    expect(list.data.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(list.meta).toEqual({ count: 4, nextCursor: null });
    expect(seen).toEqual([
      '?id=a&id=b&kind=forecast',
      '?cursor=c1&id=a&id=b&kind=forecast',
      '?cursor=c2&id=a&id=b&kind=forecast',
    ]);
  });

  it('validates every page, not only the first', async () => {
    pagedStages({ '': page(['a'], 'c1'), c1: { data: [{ id: 'x' }], meta: { count: 1, nextCursor: null } } as never });
    await expect(fetchList('sources', {})).rejects.toBeInstanceOf(ApiShapeError);
  });

  it('fails with the API’s error when a later page is refused', async () => {
    pagedStages({ '': page(['a'], 'stale') });
    await expect(fetchList('sources', {})).rejects.toBeInstanceOf(ApiHttpError);
  });

  it('passes its signal to every page', async () => {
    const controller = new AbortController();
    let requests = 0;
    server.use(
      http.get(`${BASE}/sources`, () => {
        requests++;
        if (requests === 1) return HttpResponse.json(page(['a'], 'c1'));
        controller.abort();
        return new Promise<Response>(() => {}); // never answers: only the signal ends it
      }),
    );
    await expect(fetchList('sources', {}, controller.signal)).rejects.toThrow(/abort/i);
    expect(requests).toBe(2);
  });

  it(`gives up with a clear error after ${MAX_LIST_PAGES} pages`, async () => {
    let requests = 0;
    server.use(
      http.get(`${BASE}/sources`, () => {
        requests++;
        return HttpResponse.json(page([`s${requests}`], `c${requests}`));
      }),
    );
    const err = await fetchList('sources', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiListTooLongError);
    expect((err as Error).message).toBe(
      `The sources list did not end within ${MAX_LIST_PAGES} pages; narrow the filters.`,
    );
    expect(requests).toBe(MAX_LIST_PAGES);
  });
});

describe('fetchList against the mock backend, one record per page', () => {
  it('returns the same list as one page', async () => {
    server.use(...handlers);
    const whole = await fetchList('sources', {});
    expect(whole.data).toEqual(dataset.sources);
    const walked = await fetchList('sources', { limit: 1 });
    expect(walked).toEqual(whole);
    const filtered = await fetchList('sources', { kind: 'forecast', limit: 2 });
    expect(filtered.data).toEqual(dataset.sources.filter((s) => s.kind === 'forecast'));
  });
});
