import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { apiSend, setCsrfTokenSource } from '../../../shared/api/api-client';
import { buildSession } from '../../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { connectCsrfToSession, sessionKey } from './session';

afterEach(() => setCsrfTokenSource(undefined));

describe('connectCsrfToSession', () => {
  it('sends the token from the session query with every POST', async () => {
    const queryClient = new QueryClient();
    connectCsrfToSession(queryClient);
    queryClient.setQueryData(sessionKey, buildSession({ csrfToken: 'from-session' }));
    const { callsTo } = mockFetch({ 'POST /api/auth/sign-out': () => emptyResponse(204) });

    await apiSend('POST', '/api/auth/sign-out');

    expect(callsTo('POST', '/api/auth/sign-out')[0]?.headers['x-csrf-token']).toBe('from-session');
  });

  it('loads the session first when a POST is sent before it has arrived', async () => {
    connectCsrfToSession(new QueryClient());
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ csrfToken: 'loaded' })),
      'POST /api/auth/sign-out': () => emptyResponse(204),
    });

    await apiSend('POST', '/api/auth/sign-out');

    expect(callsTo('POST', '/api/auth/sign-out')[0]?.headers['x-csrf-token']).toBe('loaded');
  });

  it('on csrf_token_invalid, fetches the session once and retries once with the new token', async () => {
    const queryClient = new QueryClient();
    connectCsrfToSession(queryClient);
    queryClient.setQueryData(sessionKey, buildSession({ csrfToken: 'expired' }));
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ csrfToken: 'renewed' })),
      'POST /api/auth/sign-out': (_url, request) =>
        request.headers['x-csrf-token'] === 'renewed'
          ? emptyResponse(204)
          : errorResponse(403, 'csrf_token_invalid', 'The CSRF token is not valid'),
    });

    await apiSend('POST', '/api/auth/sign-out');

    expect(callsTo('GET', '/api/auth/session')).toHaveLength(1);
    expect(callsTo('POST', '/api/auth/sign-out').map((call) => call.headers['x-csrf-token'])).toEqual([
      'expired',
      'renewed',
    ]);
    expect(queryClient.getQueryData(sessionKey)).toMatchObject({ csrfToken: 'renewed' });
  });
});
