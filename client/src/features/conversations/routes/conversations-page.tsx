import type { ConversationSummary } from '@commonroom/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';
import { useConversations } from '../api/conversations.queries';
import { useConversationListLive } from '../live/use-conversation-live';

/** Who a conversation is with, as one line: "Mohammed Rahman" or "Amara Okoye, Tom Hughes". */
export function withWhom(conversation: Pick<ConversationSummary, 'participants'>, nobody: string): string {
  return conversation.participants.map((p) => p.displayName).join(', ') || nobody;
}

/** `/conversations`: my private conversations, unread first, updating as messages arrive. */
export function ConversationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('conversations.title'));
  const me = useCurrentUser();
  const list = useConversations();
  useConversationListLive(me?.id, list.data?.streamSeq);

  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{t('conversations.title')}</Title>
      <Text>{t('conversations.intro')}</Text>
      {list.data.items.length === 0 ? (
        <EmptyState title={t('conversations.empty')}>{t('conversations.emptyHint')}</EmptyState>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((item) => (
            <ConversationRow key={item.id} item={item} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ConversationRow({ item }: { item: ConversationSummary }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const name = withWhom(item, t('conversations.nobodyElse'));
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={paths.conversation(item.id)} fw={item.unreadCount > 0 ? 700 : 500}>
            {name}
          </Anchor>
          {item.unreadCount > 0 && (
            <Badge size="sm" variant="filled" tt="none">
              {t('conversations.unread', { count: item.unreadCount })}
            </Badge>
          )}
        </Group>
        <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {item.lastMessage
            ? t('conversations.lastMessage', {
                name: item.lastMessage.author.displayName,
                text: item.lastMessage.excerpt,
              })
            : t('conversations.noMessages')}
        </Text>
        <Text size="xs" c="dimmed" component="time" dateTime={item.lastActivityAt}>
          {formatDateTime(item.lastActivityAt)}
        </Text>
      </Stack>
    </Paper>
  );
}
