import { acceptedResponseSchema, organisationPageSchema } from '@commonroom/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOrganisation, buildOrganisationPage } from '../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../test/mock-fetch';
import { apiGet, apiSend, buildUrl, setCsrfTokenSource } from './api-client';
import { ApiError } from './api-error';

describe('apiGet', () => {
  it('returns the parsed body of a response that matches the contract', async () => {
    const page = buildOrganisationPage([buildOrganisation({ name: 'Riverside Academy' })]);
    mockFetch({ '/api/organisations': () => jsonResponse(page) });

    const result = await apiGet('/api/organisations', organisationPageSchema);

    expect(result).toEqual(page);
  });

  it('sends query parameters, leaving out empty ones', async () => {
    const { requestsTo } = mockFetch({
      '/api/organisations': () => jsonResponse(buildOrganisationPage([])),
    });

    await apiGet('/api/organisations', organisationPageSchema, {
      kind: 'hei',
      q: '',
      region: undefined,
      page: 2,
    });

    expect(requestsTo('/api/organisations')).toEqual([{ kind: 'hei', page: '2' }]);
  });

  it('sends same-origin credentials and asks for JSON on every request', async () => {
    const { fetchMock } = mockFetch({
      '/api/organisations': () => jsonResponse(buildOrganisationPage([])),
    });

    await apiGet('/api/organisations', organisationPageSchema);

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init).toMatchObject({
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  });

  it('throws an ApiError with the code, message, status, issues and request id of an error body', async () => {
    mockFetch({
      '/api/organisations': () =>
        jsonResponse(
          {
            error: {
              code: 'validation_failed',
              message: 'page must be at least 1',
              details: { issues: [{ path: 'query.page', message: 'Too small' }] },
              requestId: 'req-42',
            },
          },
          { status: 400 },
        ),
    });

    const request = apiGet('/api/organisations', organisationPageSchema, { page: 0 });

    await expect(request).rejects.toBeInstanceOf(ApiError);
    await expect(request).rejects.toMatchObject({
      code: 'validation_failed',
      message: 'page must be at least 1',
      status: 400,
      issues: [{ path: 'query.page', message: 'Too small' }],
      requestId: 'req-42',
    });
  });

  it('classifies a gateway error that is not JSON by its status, keeping the request id header', async () => {
    mockFetch({
      '/api/organisations': () =>
        new Response('<html>Bad gateway</html>', { status: 503, headers: { 'x-request-id': 'edge-7' } }),
    });

    await expect(apiGet('/api/organisations', organisationPageSchema)).rejects.toMatchObject({
      code: 'service_unavailable',
      status: 503,
      requestId: 'edge-7',
    });
  });

  it('rejects a successful response that does not match the contract', async () => {
    mockFetch({
      '/api/organisations': () => jsonResponse({ items: [{ name: 'No id or kind' }], page: 1 }),
    });

    await expect(apiGet('/api/organisations', organisationPageSchema)).rejects.toMatchObject({
      code: 'unexpected_response',
      status: 200,
    });
  });

  it('reports a failed connection as a network error with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(apiGet('/api/organisations', organisationPageSchema)).rejects.toMatchObject({
      code: 'network_error',
      status: 0,
    });
  });

  it('lets a cancelled request reject with the AbortError, not an ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new DOMException('The operation was aborted.', 'AbortError')));

    await expect(apiGet('/api/organisations', organisationPageSchema)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('keeps the server error code when the error body carries one, whatever the status', async () => {
    mockFetch({ '/api/organisations': () => errorResponse(404, 'not_found', 'No such thing', 'req-9') });

    await expect(apiGet('/api/organisations', organisationPageSchema)).rejects.toMatchObject({
      code: 'not_found',
      message: 'No such thing',
      requestId: 'req-9',
    });
  });
});

describe('buildUrl', () => {
  it('returns the bare path when there is nothing to send', () => {
    expect(buildUrl('/api/organisations', { q: '', kind: undefined })).toBe('/api/organisations');
  });

  it('encodes values so names with spaces and ampersands survive', () => {
    expect(buildUrl('/api/organisations', { q: 'St Mary & St John' })).toBe('/api/organisations?q=St+Mary+%26+St+John');
  });
});

describe('apiSend', () => {
  afterEach(() => setCsrfTokenSource(undefined));

  /** A token source whose refresh hands out the next token, counting how often it was asked. */
  function tokenSource(...tokens: string[]) {
    let index = 0;
    const source = {
      current: vi.fn(async () => tokens[index]),
      refresh: vi.fn(async () => tokens[++index]),
    };
    setCsrfTokenSource(source);
    return source;
  }

  it('sends the body as JSON with the CSRF token header and returns the checked answer', async () => {
    tokenSource('token-1');
    const { callsTo } = mockFetch({
      'POST /api/auth/password-reset': () => jsonResponse({ message: 'Check your email.' }, { status: 202 }),
    });

    const result = await apiSend('POST', '/api/auth/password-reset', { email: 'a@b.org' }, acceptedResponseSchema);

    expect(result).toEqual({ message: 'Check your email.' });
    const [call] = callsTo('POST', '/api/auth/password-reset');
    expect(call?.headers).toMatchObject({ 'x-csrf-token': 'token-1', 'content-type': 'application/json' });
    expect(call?.body).toEqual({ email: 'a@b.org' });
  });

  it('sends extra headers, such as an Idempotency-Key, on every attempt, including the CSRF retry', async () => {
    tokenSource('stale', 'fresh');
    const { callsTo } = mockFetch({
      'POST /api/auth/password-reset': (_url, request) =>
        request.headers['x-csrf-token'] === 'fresh'
          ? jsonResponse({ message: 'Check your email.' }, { status: 202 })
          : errorResponse(403, 'csrf_token_invalid', 'Bad token'),
    });

    await apiSend('POST', '/api/auth/password-reset', {}, acceptedResponseSchema, {
      headers: { 'idempotency-key': 'key-0123456789abcdef' },
    });

    expect(callsTo('POST', '/api/auth/password-reset').map((call) => call.headers['idempotency-key'])).toEqual([
      'key-0123456789abcdef',
      'key-0123456789abcdef',
    ]);
  });

  it('sends FormData as multipart, leaving the content type (and its boundary) to the browser', async () => {
    tokenSource('token-1');
    const { fetchMock } = mockFetch({
      'POST /api/auth/password-reset': () => jsonResponse({ message: 'Stored.' }, { status: 202 }),
    });
    const form = new FormData();
    form.set('file', new Blob(['hello'], { type: 'text/plain' }), 'notes.txt');

    await apiSend('POST', '/api/auth/password-reset', form, acceptedResponseSchema);

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe(form);
    expect(init?.headers).not.toHaveProperty('content-type');
    expect(init?.headers).toMatchObject({ 'x-csrf-token': 'token-1' });
  });

  it('resolves to undefined for a 204 answer without a body', async () => {
    tokenSource('token-1');
    mockFetch({ 'DELETE /api/account/sessions/abc': () => emptyResponse(204) });

    await expect(apiSend('DELETE', '/api/account/sessions/abc')).resolves.toBeUndefined();
  });

  it('fetches a fresh token and retries once when the server refuses the CSRF token', async () => {
    const source = tokenSource('stale', 'fresh');
    const { callsTo } = mockFetch({
      'POST /api/auth/sign-out': (_url, request) =>
        request.headers['x-csrf-token'] === 'fresh'
          ? emptyResponse(204)
          : errorResponse(403, 'csrf_token_invalid', 'Bad token'),
    });

    await apiSend('POST', '/api/auth/sign-out');

    expect(source.refresh).toHaveBeenCalledTimes(1);
    expect(callsTo('POST', '/api/auth/sign-out').map((call) => call.headers['x-csrf-token'])).toEqual([
      'stale',
      'fresh',
    ]);
  });

  it('gives up after one retry, so a broken session cannot loop', async () => {
    const source = tokenSource('stale', 'still-stale');
    const { callsTo } = mockFetch({
      'POST /api/auth/sign-out': () => errorResponse(403, 'csrf_token_invalid', 'Bad token'),
    });

    await expect(apiSend('POST', '/api/auth/sign-out')).rejects.toMatchObject({ code: 'csrf_token_invalid' });
    expect(source.refresh).toHaveBeenCalledTimes(1);
    expect(callsTo('POST', '/api/auth/sign-out')).toHaveLength(2);
  });

  it('does not retry other failures', async () => {
    const source = tokenSource('token-1');
    const { callsTo } = mockFetch({
      'POST /api/auth/sign-in': () => errorResponse(401, 'invalid_credentials', 'Wrong email or password'),
    });

    await expect(apiSend('POST', '/api/auth/sign-in', {})).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(source.refresh).not.toHaveBeenCalled();
    expect(callsTo('POST', '/api/auth/sign-in')).toHaveLength(1);
  });
});
