import type { Conversation } from '@commonroom/contracts';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../auth';
import { isApiError } from '../../../shared/api/api-error';
import { ConfirmDialog } from '../../../shared/components/confirm-dialog';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { NotFoundState } from '../../../shared/components/not-found-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { paths } from '../../../shared/routing/paths';
import { useConversation, useLeaveConversation, useMarkRead, useMessages } from '../api/conversations.queries';
import { AddPeopleDialog } from '../components/add-people-dialog';
import { MessageComposer } from '../components/message-composer';
import { MessageItem } from '../components/message-item';
import { useConversationLive } from '../live/use-conversation-live';
import { withWhom } from './conversations-page';

/** `/conversations/:conversationId`: the messages, newest at the foot, live, with the composer below. */
export function ConversationPage() {
  const { conversationId = '' } = useParams();
  const conversation = useConversation(conversationId);
  if (conversation.isPending) return <LoadingState />;
  if (conversation.isError) {
    // Not in it and not there answer alike (404): nobody learns that a conversation exists.
    if (isApiError(conversation.error) && [400, 404].includes(conversation.error.status)) return <NotFoundState />;
    return <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} />;
  }
  return <OpenConversation conversation={conversation.data} />;
}

function OpenConversation({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const others = conversation.participants.filter((p) => p.id !== me?.id);
  const title = t('conversations.with', { names: withWhom({ participants: others }, t('conversations.nobodyElse')) });
  usePageTitle(title);
  // Opened at the newest message; live messages append to that page.
  const [near, setNear] = useState(Math.max(1, conversation.postCount));
  const messages = useMessages(conversation.id, near);
  const { mutate: markRead } = useMarkRead(conversation.id);
  const readUpTo = useRef(conversation.viewer.lastReadNumber);
  const read = useCallback(
    (number: number) => {
      if (number <= readUpTo.current) return;
      readUpTo.current = number;
      markRead(number);
    },
    [markRead],
  );
  useConversationLive(conversation, read);
  const newest = messages.data?.items.at(-1)?.number;
  useEffect(() => {
    if (newest) read(newest);
  }, [newest, read]);

  const page = messages.data;
  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to={paths.conversations} size="sm">
        {t('conversations.back')}
      </Anchor>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      <ConversationActions conversation={conversation} />
      {page && page.page > 1 && (
        <Button
          variant="default"
          onClick={() => setNear((page.page - 1) * page.pageSize)}
          style={{ alignSelf: 'start' }}
        >
          {t('conversations.earlier')}
        </Button>
      )}
      {messages.isPending && conversation.postCount > 0 && <LoadingState />}
      {messages.isError && <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />}
      {page && page.items.length === 0 && <Text c="dimmed">{t('conversations.noMessagesYet')}</Text>}
      <Stack gap="sm" aria-live="polite" aria-label={t('conversations.messages')} role="log">
        {page?.items.map((post) => (
          <MessageItem
            key={post.id}
            post={post}
            own={post.author.id === me?.id}
            report={conversation.viewer.abilities.flag ? { conversationId: conversation.id } : undefined}
          />
        ))}
      </Stack>
      {conversation.viewer.abilities.reply ? (
        <MessageComposer conversationId={conversation.id} onSent={read} />
      ) : (
        <Text>{t('conversations.cannotReply')}</Text>
      )}
    </Stack>
  );
}

function ConversationActions({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const leave = useLeaveConversation(conversation.id);
  const [dialog, setDialog] = useState<'leave' | 'add' | null>(null);
  return (
    <Group gap="sm">
      {conversation.viewer.abilities.addPeople && (
        <Button variant="default" onClick={() => setDialog('add')}>
          {t('conversations.addPeople')}
        </Button>
      )}
      <Button variant="default" color="red.9" onClick={() => setDialog('leave')}>
        {t('conversations.leave')}
      </Button>
      <ConfirmDialog
        opened={dialog === 'leave'}
        title={t('conversations.leaveTitle')}
        confirmLabel={t('conversations.leave')}
        busyLabel={t('conversations.leaving')}
        busy={leave.isPending}
        error={leave.error}
        onConfirm={() => leave.mutate(undefined, { onSuccess: () => void navigate(paths.conversations) })}
        onCancel={() => setDialog(null)}
        returnFocus={false}
      >
        {t('conversations.leaveExplain')}
      </ConfirmDialog>
      {dialog === 'add' && <AddPeopleDialog conversation={conversation} onClose={() => setDialog(null)} />}
    </Group>
  );
}
