import type { FlagPostRequest, Post, PostPage } from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchReports, reportMessage, reviewReport } from './conversations.api';
import { conversationKeys } from './conversations.queries';

const reportsKey = () => [...conversationKeys.all, 'reports'] as const;

/** A participant reports someone else's message; it says so in place until an admin deals with it. */
export function useReportMessage(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ post, request }: { post: Post; request: FlagPostRequest }) => reportMessage(post.id, request),
    onSuccess: (_, { post }) => {
      queryClient.setQueriesData<PostPage>(
        { queryKey: [...conversationKeys.all, 'messages', conversationId] },
        (page) =>
          page && {
            ...page,
            items: page.items.map((item) => (item.id === post.id ? { ...item, flaggedByMe: true } : item)),
          },
      );
    },
  });
}

export function useReports() {
  return useQuery({ queryKey: reportsKey(), queryFn: ({ signal }) => fetchReports({ signal }) });
}

/** Hide or dismiss; the queue and the account menu's count follow. */
export function useReviewReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, body }: { postId: string; body: Parameters<typeof reviewReport>[1] }) =>
      reviewReport(postId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reportsKey() });
      void queryClient.invalidateQueries({ queryKey: conversationKeys.list() });
    },
  });
}
