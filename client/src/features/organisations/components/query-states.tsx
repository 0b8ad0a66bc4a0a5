import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { NotFoundState } from '../../../shared/components/not-found-state';

interface PageQueryProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/**
 * A page's main resource: loading, then the page, a "not found" page for a 404 (missing or
 * not allowed: the server does not say which) or a failure with "Try again".
 */
export function PageQuery<T>({ query, children }: PageQueryProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.code === 'not_found') return <NotFoundState />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return children(query.data);
}
