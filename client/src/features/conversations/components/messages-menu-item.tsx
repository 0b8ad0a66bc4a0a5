import { Badge, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useConversations } from '../api/conversations.queries';

/** "Messages" in the account menu, with how many conversations have unread messages. */
export function MessagesMenuItem() {
  const { t } = useTranslation();
  const unread = useConversations().data?.unread ?? 0;
  return (
    <Menu.Item component={Link} to={paths.conversations} aria-label={t('conversations.menuLabel', { count: unread })}>
      <Group gap="xs" wrap="nowrap">
        {t('conversations.title')}
        {unread > 0 && (
          <Badge size="sm" circle aria-hidden="true">
            {unread}
          </Badge>
        )}
      </Group>
    </Menu.Item>
  );
}

/** "Reported messages" in the account menu, for platform admins only (the server counts for them alone). */
export function ReportsMenuItem() {
  const { t } = useTranslation();
  const waiting = useConversations().data?.reportedMessages;
  if (waiting === null || waiting === undefined) return null;
  return (
    <Menu.Item
      component={Link}
      to={paths.reportedMessages}
      aria-label={t('conversations.reportsMenuLabel', { count: waiting })}
    >
      <Group gap="xs" wrap="nowrap">
        {t('conversations.reportsMenu')}
        {waiting > 0 && (
          <Badge size="sm" circle color="red.9" aria-hidden="true">
            {waiting}
          </Badge>
        )}
      </Group>
    </Menu.Item>
  );
}
