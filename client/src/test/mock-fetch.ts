import { vi } from 'vitest';

/** A request as the handler sees it: the URL, the method and the JSON body, if any. */
export interface MockRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (url: URL, request: MockRequest) => Response | Promise<Response>;

/** A JSON response as the server sends it. */
export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/** An answer without a body: 204 after a DELETE, for instance. */
export function emptyResponse(status = 204): Response {
  return new Response(null, { status });
}

/** The error envelope every API error uses. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  requestId = 'req-test-1',
  issues?: { path: string; message: string }[],
): Response {
  const details = issues ? { issues } : undefined;
  return jsonResponse({ error: { code, message, requestId, details } }, { status });
}

function toMockRequest(url: URL, init: RequestInit | undefined): MockRequest {
  const headers = (init?.headers ?? {}) as Record<string, string>;
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
  return { url, method: init?.method ?? 'GET', headers, body };
}

/**
 * Replaces `fetch` with handlers keyed by path (`/api/organisations`), or by method and path
 * (`POST /api/auth/sign-in`), the more specific key winning. Unknown paths answer 404 so a test
 * fails loudly instead of hanging. Returns the mock and what it was asked for.
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const requested: MockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const request = toMockRequest(url, init);
    requested.push(request);
    const handler = handlers[`${request.method} ${url.pathname}`] ?? handlers[url.pathname];
    return handler ? handler(url, request) : errorResponse(404, 'not_found', `No handler for ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** The query parameters of every request to `path`, oldest first. */
    requestsTo: (path: string) =>
      requested
        .filter((url) => url.url.pathname === path)
        .map((request) => Object.fromEntries(request.url.searchParams)),
    /** Every request with this method to `path`, oldest first, with headers and body. */
    callsTo: (method: string, path: string) =>
      requested.filter((request) => request.method === method && request.url.pathname === path),
  };
}
