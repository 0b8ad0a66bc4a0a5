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
