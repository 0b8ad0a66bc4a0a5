import type { CurrentUser, SessionState } from '@commonroom/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { setCsrfTokenSource } from '../../../shared/api/api-client';
import { fetchSession } from './auth.api';

export const sessionKey = ['session'] as const;

/** Data about the signed-in person lives under this key, and is dropped when someone signs in or out. */
export const accountKeyRoot = ['account'] as const;

const sessionQuery = {
  queryKey: sessionKey,
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchSession({ signal }),
  // Changes only when someone signs in or out here, and then it is fetched again on purpose.
  staleTime: 5 * 60_000,
};

/** Who is signed in, the CSRF token and the sign-in providers; asked once when the app loads. */
export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in user; null when signed out, undefined while the session is loading. */
export function useCurrentUser(): CurrentUser | null | undefined {
  return useSession().data?.user;
}

/** Asks the server again, after signing in or out; resolves once everything shows the answer. */
export function refreshSession(queryClient: QueryClient): Promise<SessionState> {
  return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
}

/** After the person changed (signed in, signed out): forget their data, then ask who it is now. */
export function startNewSession(queryClient: QueryClient): Promise<SessionState> {
  queryClient.removeQueries({ queryKey: accountKeyRoot });
  return refreshSession(queryClient);
}

/** Puts a changed user (a new name, a new address) into the session without asking again. */
export function updateSessionUser(queryClient: QueryClient, user: CurrentUser): void {
  queryClient.setQueryData<SessionState>(sessionKey, (session) => (session ? { ...session, user } : session));
}

/**
 * Makes the session query the source of the CSRF token every mutating request sends. Called
 * once per query client, by the app's providers.
 */
export function connectCsrfToSession(queryClient: QueryClient): void {
  setCsrfTokenSource({
    current: async () => (await queryClient.ensureQueryData(sessionQuery)).csrfToken,
    refresh: async () => (await refreshSession(queryClient)).csrfToken,
  });
}
