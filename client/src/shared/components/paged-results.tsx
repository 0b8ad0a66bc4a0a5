import type { Page } from '@commonroom/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { ResultsPagination } from './results-pagination';

interface PagedResultsProps<T> {
  search: UseQueryResult<Page<T>> & { isPlaceholderData: boolean };
  page: number;
  pageHref: (page: number) => string;
  /** Shown when the page has no items. */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}

/**
 * One page of a filtered listing: the error with a retry, the empty state, the items, and
 * previous/next links. Busy while the next results load over the previous ones (kept on screen
 * to avoid flashing).
 */
export function PagedResults<T>({ search, page, pageHref, empty, children }: PagedResultsProps<T>) {
  if (search.isError) return <ErrorState error={search.error} onRetry={() => void search.refetch()} />;
  if (!search.data) return null;
  return (
    <div aria-busy={search.isPlaceholderData}>
      {search.data.items.length === 0 ? empty : children(search.data.items)}
      <ResultsPagination page={page} pageSize={search.data.pageSize} total={search.data.total} pageHref={pageHref} />
    </div>
  );
}
