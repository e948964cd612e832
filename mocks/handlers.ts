// MSW handlers: the API answered in the browser (or in Node tests) from the
// committed dataset, filtered with the contract's `matchesQuery`.
// Requests match on the URL's pathname alone, so same-origin `/api/v1/...` and any
// VITE_API_URL origin both work; matching is exact and case-sensitive, as on the server
// (an MSW path pattern such as `*/api/v1/vendors` would also take `/api/v1/Vendors/`).
import { getResponse, http, HttpResponse } from 'msw';
import { dataset } from '../data';
import {
  ALLOW_HEADER,
  API_PREFIX,
  OPENAPI_PATH,
  endpointOfPath,
  isReadMethod,
  methodNotAllowedBody,
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

/** A route of the API (what the server registers), whatever the method. */
const isRoute = ({ request }: { request: Request }) => {
  const { pathname } = new URL(request.url);
  return pathname === OPENAPI_PATH || endpointOfPath(pathname) !== null;
};

const getHandlers = [
  http.get(pathIs(OPENAPI_PATH), () => HttpResponse.json((openApi ??= openApiDocument()))),
  ...endpointNames.map(listHandler),
];

export const handlers = [
  ...getHandlers,
  // HEAD is GET without the body, as on the server.
  http.head(isRoute, async ({ request }) => {
    const res = await getResponse(getHandlers, new Request(request.url, { headers: request.headers }));
    return new HttpResponse(null, { status: res?.status ?? 404, headers: res?.headers });
  }),
  // Only GET and HEAD exist: any other method on a route is a 405 naming them, as on the server.
  http.all(
    ({ request }) => !isReadMethod(request.method) && isRoute({ request }),
    ({ request }) => {
      const body = methodNotAllowedBody(request.method, new URL(request.url).pathname);
      return HttpResponse.json(body, { status: 405, headers: { Allow: ALLOW_HEADER, 'Cache-Control': 'no-store' } });
    },
  ),
  // Anything else under /api is a 404; dev module requests such as /src/shared/api/... are left alone.
  http.all(isApiPath, ({ request }) => {
    const result = notFoundResult(new URL(request.url).pathname);
    return HttpResponse.json(result.body, { status: result.status });
  }),
];
