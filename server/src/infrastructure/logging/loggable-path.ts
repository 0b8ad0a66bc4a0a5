/**
 * Route parameters that hold a secret: a token from an emailed link or a feed address is
 * enough to act as its owner. A new route with such a parameter names it `token`.
 */
export const SECRET_PATH_PARAMS: ReadonlySet<string> = new Set(['token']);

/**
 * Client pages whose next path segment is a secret (the server only sees them as `GET *`). The
 * API's own routes are covered by SECRET_PATH_PARAMS; these words mark the same tokens in links.
 */
const SECRET_AFTER = ['invitations', 'unsubscribe', 'feeds', 'verify-email', 'reset-password', 'confirm-email'];
const SECRET_SEGMENT = new RegExp(`/(${SECRET_AFTER.join('|')})/[^/]+`, 'g');

interface LoggedRequest {
  url: string;
  routeOptions?: { url?: string };
  params?: unknown;
}

/**
 * The one place a request's address is made safe to log: the query string is dropped (it can
 * hold tokens and search words) and every secret path segment becomes `[redacted]`.
 */
export function loggablePath(request: LoggedRequest): string {
  const path = request.url.split('?')[0] ?? '';
  const template = request.routeOptions?.url;
  if (template && template.split('/').some((part) => SECRET_PATH_PARAMS.has(part.slice(1)))) {
    return template.replace(/:(\w+)/g, (whole, name: string) =>
      SECRET_PATH_PARAMS.has(name) ? '[redacted]' : (paramOf(request, name) ?? whole),
    );
  }
  return path.replace(SECRET_SEGMENT, '/$1/[redacted]');
}

function paramOf(request: LoggedRequest, name: string): string | undefined {
  const value = (request.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? encodeURIComponent(value) : undefined;
}
