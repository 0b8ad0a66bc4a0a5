import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import { fetchFeedToken, makeFeedToken, turnOffFeedToken } from './feeds.api';

/** Under the account root, which signing out clears: the token is the person's own. */
export const feedTokenKey = [...accountKeyRoot, 'feed-token'] as const;

export function useFeedToken(enabled = true) {
  return useQuery({ queryKey: feedTokenKey, queryFn: fetchFeedToken, enabled });
}

export function useMakeFeedToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: makeFeedToken,
    onSuccess: (state) => queryClient.setQueryData(feedTokenKey, state),
  });
}

export function useTurnOffFeedToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: turnOffFeedToken,
    onSuccess: () => queryClient.setQueryData(feedTokenKey, { token: null, createdAt: null, communities: [] }),
  });
}
