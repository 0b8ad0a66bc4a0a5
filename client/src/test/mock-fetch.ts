import { vi } from 'vitest';

type Handler = (url: URL) => Response | Promise<Response>;

/** A JSON response as the server sends it. */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/** The error envelope every API error uses. */
export function errorResponse(status: number, code: string, message: string, requestId = 'req-test-1'): Response {
  return jsonResponse({ error: { code, message, requestId } }, { status });
}

/**
 * Replaces `fetch` with handlers keyed by path (`/api/organisations`). Unknown paths answer 404
 * so a test fails loudly instead of hanging. Returns the mock and the URLs it was asked for.
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const requested: URL[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    requested.push(url);
    const handler = handlers[url.pathname];
    return handler ? handler(url) : errorResponse(404, 'not_found', `No handler for ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** The query parameters of every request to `path`, oldest first. */
    requestsTo: (path: string) =>
      requested.filter((url) => url.pathname === path).map((url) => Object.fromEntries(url.searchParams)),
  };
}
