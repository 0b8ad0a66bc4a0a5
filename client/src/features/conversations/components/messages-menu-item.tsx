import { useTranslation } from 'react-i18next';
import { CountedMenuItem } from '../../../shared/components/counted-menu-item';
import { paths } from '../../../shared/routing/paths';
import { useConversations } from '../api/conversations.queries';

/** "Messages" in the account menu, with how many conversations have unread messages. */
export function MessagesMenuItem() {
  const { t } = useTranslation();
  const unread = useConversations().data?.unread ?? 0;
  return (
    <CountedMenuItem
      to={paths.conversations}
      label={t('conversations.title')}
      accessibleLabel={t('conversations.menuLabel', { count: unread })}
      count={unread}
    />
  );
}

/** "Reported messages" in the account menu, for platform admins only (the server counts for them alone). */
export function ReportsMenuItem() {
  const { t } = useTranslation();
  const waiting = useConversations().data?.reportedMessages;
  if (waiting === null || waiting === undefined) return null;
  return (
    <CountedMenuItem
      to={paths.reportedMessages}
      label={t('conversations.reportsMenu')}
      accessibleLabel={t('conversations.reportsMenuLabel', { count: waiting })}
      count={waiting}
      color="red.9"
    />
  );
}
