import { organisationPageSchema } from '@commonroom/contracts';
import { describe, expect, it, vi } from 'vitest';
import { buildOrganisation, buildOrganisationPage } from '../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../test/mock-fetch';
import { apiGet, buildUrl } from './api-client';
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
    vi.stubGlobal(
      'fetch',
      vi.fn().mockRejectedValue(new DOMException('The operation was aborted.', 'AbortError')),
    );

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
    expect(buildUrl('/api/organisations', { q: 'St Mary & St John' })).toBe(
      '/api/organisations?q=St+Mary+%26+St+John',
    );
  });
});
