import type { SessionState } from '@commonroom/contracts';
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { resetRealtime } from './realtime-connection';

/**
 * Closes the real-time connection whenever the signed-in person changes (sign-out, or sign-in as
 * someone else without a reload): it was authenticated as the one before. Watches the session
 * query, whose key the auth feature passes in. Called once per query client, by the providers.
 */
export function closeRealtimeWhenPersonChanges(queryClient: QueryClient, sessionKey: QueryKey): () => void {
  const key = hashKey(sessionKey);
  let person: string | null | undefined;
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== key) return;
    const session = event.query.state.data as SessionState | undefined;
    if (!session) return;
    const now = session.user?.id ?? null;
    if (person !== undefined && now !== person) resetRealtime();
    person = now;
  });
}
