import { streams, type Conversation, type StreamEnvelope, type TypedStreamEnvelope } from '@commonroom/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useStream } from '../../../shared/realtime';
import { appendMessage, conversationKeys } from '../api/conversations.queries';

/**
 * Follows an open conversation's thread stream: new messages appear at once (a conversation is
 * short and read at its foot); edits, removals and reactions reload the page of messages.
 */
export function useConversationLive(conversation: Conversation | undefined, onMessage: (number: number) => void) {
  const queryClient = useQueryClient();
  const [fromSeq] = useState(conversation?.streamSeq ?? 0);
  const id = conversation?.id;
  useStream(id ? streams.thread(id) : undefined, {
    fromSeq: conversation?.streamSeq ?? fromSeq,
    onEvent: (envelope: StreamEnvelope) => {
      if (!id) return;
      const event = envelope as TypedStreamEnvelope;
      if (event.type === 'post.created') {
        appendMessage(queryClient, id, event.payload.post);
        onMessage(event.payload.post.number);
        return;
      }
      void queryClient.invalidateQueries({ queryKey: [...conversationKeys.all, 'messages', id] });
    },
    onReset: () => {
      if (id) void queryClient.invalidateQueries({ queryKey: [...conversationKeys.all, 'messages', id] });
    },
  });
}

/** Follows the person's own stream: a new message anywhere refreshes the list and the unread count. */
export function useConversationListLive(userId: string | undefined, streamSeq: number | undefined) {
  const queryClient = useQueryClient();
  useStream(userId && streamSeq !== undefined ? streams.user(userId) : undefined, {
    fromSeq: streamSeq ?? 0,
    onEvent: (envelope) => {
      if (envelope.type === 'conversation.activity')
        void queryClient.invalidateQueries({ queryKey: conversationKeys.list() });
    },
    onReset: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.list() }),
  });
}
