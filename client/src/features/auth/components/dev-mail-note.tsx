import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../shared/routing/paths';
import { useDevMailAvailable } from '../api/auth.queries';

/** Points developers to the server's outbox; production has none, so nothing shows there. */
export function DevMailNote() {
  const { t } = useTranslation();
  if (!useDevMailAvailable()) return null;
  return (
    <Text size="sm" c="dimmed">
      {/* A plain link: the server, not the client router, serves this page. */}
      <Anchor href={paths.devMail}>{t('auth.checkEmail.devMail')}</Anchor>
    </Text>
  );
}
