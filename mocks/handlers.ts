// MSW handlers: the API answered in the browser (or in Node tests) from the
// committed dataset, filtered with the contract's `matchesQuery`.
// Requests match on the URL's pathname alone, so same-origin `/api/v1/...` and any
// VITE_API_URL origin both work; matching is exact and case-sensitive, as on the server
// (an MSW path pattern such as `*/api/v1/vendors` would also take `/api/v1/Vendors/`).
import { http, HttpResponse } from 'msw';
import { dataset } from '../data';
import {
  API_PREFIX,
  OPENAPI_PATH,
  endpointNames,
  endpoints,
  handleList,
  listContext,
  notFoundResult,
  openApiDocument,
} from '../src/shared/api/contract';
import type { EndpointName } from '../src/shared/api/contract';

const ctx = listContext(dataset);
let openApi: Record<string, unknown> | undefined;

const pathIs =
  (pathname: string) =>
  ({ request }: { request: Request }) =>
    new URL(request.url).pathname === pathname;
const isApiPath = ({ request }: { request: Request }) => {
  const { pathname } = new URL(request.url);
  return pathname === '/api' || pathname.startsWith('/api/');
};

const listHandler = (name: EndpointName) =>
  http.get(pathIs(`${API_PREFIX}${endpoints[name].path}`), ({ request }) => {
    const result = handleList(name, new URL(request.url).searchParams, ctx);
    return HttpResponse.json(result.body, { status: result.status });
  });

export const handlers = [
  http.get(pathIs(OPENAPI_PATH), () => HttpResponse.json((openApi ??= openApiDocument()))),
  ...endpointNames.map(listHandler),
  // Anything else under /api is a 404; dev module requests such as /src/shared/api/... are left alone.
  http.all(isApiPath, ({ request }) => {
    const result = notFoundResult(new URL(request.url).pathname);
    return HttpResponse.json(result.body, { status: result.status });
  }),
];
