import type { Post, PostPage } from '@commonroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import {
  addPeople,
  fetchConversation,
  fetchConversations,
  fetchMessages,
  findPeople,
  leaveConversation,
  markRead,
  sendMessage,
  startConversation,
} from './conversations.api';

/** Under the account root: signing in or out drops them all. */
export const conversationKeys = {
  all: [...accountKeyRoot, 'conversations'] as const,
  list: () => [...conversationKeys.all, 'list'] as const,
  one: (id: string) => [...conversationKeys.all, 'one', id] as const,
  messages: (id: string, near: number) => [...conversationKeys.all, 'messages', id, near] as const,
  people: (q: string) => [...conversationKeys.all, 'people', q] as const,
};

export function useConversations(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: conversationKeys.list(),
    queryFn: ({ signal }) => fetchConversations({ signal }),
    enabled: options.enabled ?? true,
  });
}

export function useConversation(id: string) {
  return useQuery({ queryKey: conversationKeys.one(id), queryFn: ({ signal }) => fetchConversation(id, { signal }) });
}

/** The messages page holding `near`; `near` is fixed while the page is open, so live messages append to it. */
export function useMessages(id: string, near: number | undefined) {
  return useQuery({
    queryKey: conversationKeys.messages(id, near ?? 0),
    queryFn: ({ signal }) => fetchMessages(id, near ?? 1, { signal }),
    enabled: near !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Adds a new message to the cached last page of the conversation (once); earlier pages stay as they were. */
export function appendMessage(queryClient: QueryClient, conversationId: string, post: Post): void {
  queryClient.setQueriesData<PostPage>({ queryKey: [...conversationKeys.all, 'messages', conversationId] }, (page) => {
    if (!page || page.page !== page.pageCount || page.items.some((item) => item.id === post.id)) return page;
    const last = page.items.at(-1)?.number ?? 0;
    if (post.number <= last) return page;
    return { ...page, items: [...page.items, post], total: Math.max(page.total, post.number) };
  });
}

export function useSendMessage(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ raw, key }: { raw: string; key: string }) => sendMessage(conversationId, raw, key),
    onSuccess: (post) => {
      appendMessage(queryClient, conversationId, post);
      void queryClient.invalidateQueries({ queryKey: conversationKeys.list() });
    },
  });
}

export function useMarkRead(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => markRead(conversationId, number),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationKeys.list() }),
  });
}

export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participantIds: string[]) => startConversation(participantIds),
    onSuccess: (conversation) => {
      queryClient.setQueryData(conversationKeys.one(conversation.id), conversation);
      void queryClient.invalidateQueries({ queryKey: conversationKeys.list() });
    },
  });
}

export function useLeaveConversation(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveConversation(conversationId),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: conversationKeys.one(conversationId) });
      void queryClient.invalidateQueries({ queryKey: conversationKeys.list() });
    },
  });
}

export function useAddPeople(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participantIds: string[]) => addPeople(conversationId, participantIds),
    onSuccess: (conversation) => queryClient.setQueryData(conversationKeys.one(conversationId), conversation),
  });
}

export function usePeopleToAdd(q: string) {
  return useQuery({
    queryKey: conversationKeys.people(q),
    queryFn: ({ signal }) => findPeople(q, { signal }),
    enabled: q.trim().length >= 2,
  });
}
