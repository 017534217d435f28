import { http, matchRequestUrl, type HttpHandler } from 'msw';
import { DomainError } from '../domain/errors';
import { errorResponse } from './guard';

/** A call to this app's API: `/api` or below it, on the page's own origin in a browser. */
function isApiCall(request: Request): boolean {
  const url = new URL(request.url);
  const sameOrigin = typeof location === 'undefined' || url.origin === location.origin;
  return sameOrigin && (url.pathname === '/api' || url.pathname.startsWith('/api/'));
}

/** The methods the routes answer on this URL (empty: no route has this path). */
function allowedMethods(routes: readonly HttpHandler[], url: URL): string[] {
  const methods = new Set<string>();
  for (const { info } of routes) {
    if (typeof info.method !== 'string' || typeof info.path !== 'string') continue;
    if (matchRequestUrl(url, info.path).matches) methods.add(info.method);
  }
  return [...methods];
}

/**
 * Goes after every route: an API call no route took gets 405 `method_not_allowed` (with
 * `Allow`) when its path exists, else 404 `not_found`, both in the error shape. In the browser
 * this keeps an unknown `/api` path from falling through to the server's index.html.
 */
export function unknownRouteHandler(routes: readonly HttpHandler[]): HttpHandler {
  return http.all(
    ({ request }) => isApiCall(request),
    ({ request }) => {
      const allowed = allowedMethods(routes, new URL(request.url));
      if (allowed.length === 0) {
        return errorResponse(
          new DomainError('not_found', { message: 'There is no such path in this API.' }),
        );
      }
      const response = errorResponse(new DomainError('method_not_allowed'));
      response.headers.set('Allow', allowed.join(', '));
      return response;
    },
  );
}
