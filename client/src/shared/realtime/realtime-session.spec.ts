import type { SessionState } from '@commonroom/contracts';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeRealtime, type FakeRealtimeSocket } from './fake-realtime-socket';
import { realtime } from './realtime-connection';
import { closeRealtimeWhenPersonChanges } from './realtime-session';

const sessionKey = ['session'] as const;
const sessionOf = (id: string | null): SessionState => ({
  user: id
    ? {
        id,
        email: 'ana@school.example.org',
        displayName: 'Ana',
        emailVerified: true,
        twoFactorEnabled: false,
        hasPassword: true,
      }
    : null,
  csrfToken: 'token',
  secondFactorPending: false,
  providers: [],
});

describe('closeRealtimeWhenPersonChanges', () => {
  let sockets: FakeRealtimeSocket[];
  let uninstall: () => void;
  let queryClient: QueryClient;
  let stop: () => void;

  beforeEach(() => {
    ({ sockets, uninstall } = installFakeRealtime());
    queryClient = new QueryClient();
    stop = closeRealtimeWhenPersonChanges(queryClient, sessionKey);
  });
  afterEach(() => {
    stop();
    uninstall();
  });

  it('keeps the connection while the same person stays signed in', () => {
    queryClient.setQueryData(sessionKey, sessionOf('11111111-1111-4111-8111-111111111111'));
    realtime();
    queryClient.setQueryData(sessionKey, {
      ...sessionOf('11111111-1111-4111-8111-111111111111'),
      csrfToken: 'refreshed',
    });
    expect(sockets[0]!.disconnected).toBe(false);
  });

  it('closes it on sign-out, and the next use opens a new one', () => {
    queryClient.setQueryData(sessionKey, sessionOf('11111111-1111-4111-8111-111111111111'));
    const before = realtime();
    queryClient.setQueryData(sessionKey, sessionOf(null));
    expect(sockets[0]!.disconnected).toBe(true);
    expect(realtime()).not.toBe(before);
  });

  it('closes it when someone else signs in', () => {
    queryClient.setQueryData(sessionKey, sessionOf('11111111-1111-4111-8111-111111111111'));
    realtime();
    queryClient.setQueryData(sessionKey, sessionOf('22222222-2222-4222-8222-222222222222'));
    expect(sockets[0]!.disconnected).toBe(true);
  });
});
