import type { HomeThread, HomeThreadPage } from '@commonroom/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import { fetchHome, fetchHomeThreads, fetchNeeds, fetchPublicHome } from './home.api';

/** Under the account root: everything here is about who asks, so signing in or out drops it. */
export const homeKeys = {
  all: [...accountKeyRoot, 'home'] as const,
  mine: () => [...homeKeys.all, 'mine'] as const,
  threads: (filter: 'latest' | 'unread') => [...homeKeys.all, 'threads', filter] as const,
  needs: () => [...homeKeys.all, 'needs'] as const,
  public: () => [...homeKeys.all, 'public'] as const,
};

/**
 * Always asked again on arrival and when the tab regains focus (the app's default keeps answers a
 * minute): coming back from a thread, it must have left Unread. The last answer shows meanwhile.
 */
export function useHome() {
  return useQuery({ queryKey: homeKeys.mine(), queryFn: ({ signal }) => fetchHome({ signal }), staleTime: 0 });
}

/**
 * "Show more" for a list the home answer started: its first page is the home's own, later pages
 * come from `/api/home/threads` after the cursor.
 */
export function useMoreThreads(filter: 'latest' | 'unread', first: HomeThreadPage) {
  const more = useInfiniteQuery({
    queryKey: [...homeKeys.threads(filter), first.nextCursor],
    queryFn: ({ pageParam, signal }) => fetchHomeThreads(filter, pageParam, { signal }),
    initialPageParam: first.nextCursor ?? '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: false,
  });
  const items: HomeThread[] = [...first.items, ...(more.data?.pages.flatMap((page) => page.items) ?? [])];
  const lastPage = more.data?.pages.at(-1);
  const hasMore = lastPage ? lastPage.nextCursor !== null : first.nextCursor !== null;
  const loadMore = () => void (more.data ? more.fetchNextPage() : more.refetch());
  return { items, hasMore, loadMore, isLoading: more.isFetching, error: more.error };
}

/** The header count: refreshed when the window regains focus and every two minutes. */
export function useNeeds(enabled: boolean) {
  return useQuery({
    queryKey: homeKeys.needs(),
    queryFn: ({ signal }) => fetchNeeds({ signal }),
    enabled,
    refetchOnWindowFocus: true,
    refetchInterval: 120_000,
  });
}

export function usePublicHome() {
  return useQuery({ queryKey: homeKeys.public(), queryFn: ({ signal }) => fetchPublicHome({ signal }) });
}
