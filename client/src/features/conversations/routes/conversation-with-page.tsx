import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ServerMessage } from '../../../shared/forms/server-message';
import { useRunOnce } from '../../../shared/hooks/use-run-once';
import { paths } from '../../../shared/routing/paths';
import { useStartConversation } from '../api/conversations.queries';

/**
 * `/conversations/with/:userId`, where "Message" on a profile and "Send a private message" on a
 * post lead: opens the one-to-one with that person (the existing one if there is one) and goes there.
 */
export function ConversationWithPage() {
  const { t } = useTranslation();
  usePageTitle(t('conversations.title'));
  const { userId = '' } = useParams();
  const navigate = useNavigate();
  const start = useStartConversation();
  useRunOnce(() =>
    start.mutate([userId], {
      onSuccess: (conversation) => void navigate(paths.conversation(conversation.id), { replace: true }),
    }),
  );
  if (!start.isError) return <LoadingState />;
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('conversations.cannotStart')}</Title>
      <ServerMessage error={start.error} statuses={[403, 404]} />
      <Anchor component={Link} to={paths.person(userId)}>
        {t('conversations.backToProfile')}
      </Anchor>
    </Stack>
  );
}
