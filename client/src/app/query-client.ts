import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../shared/api/api-error';

const MAX_RETRIES = 2;

/**
 * Retries only what may succeed next time (network blips on school wifi, 5xx, 429); a 4xx
 * answer will be the same however often it is asked.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return !isApiError(error) || error.isRetryable;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Directory data changes rarely; avoid refetching on every tab switch on slow networks.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
