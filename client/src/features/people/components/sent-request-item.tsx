import type { SentContactRequest } from '@commonroom/contracts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequestHeading } from './request-heading';
import { SharedContact } from './shared-contact';

/** One request I sent: still waiting (a decline is silent), or accepted with the contact route shared. */
export function SentRequestItem({ request }: { request: SentContactRequest }) {
  const { t } = useTranslation();
  const name = request.to.displayName;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={t('people.requests.to', { name })}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <RequestHeading person={request.to} sentAt={request.sentAt} />
          <Badge variant={request.status === 'accepted' ? 'filled' : 'light'} radius="sm" tt="none">
            {t(`people.requests.status.${request.status === 'accepted' ? 'accepted' : 'waiting'}`)}
          </Badge>
        </Group>
        <Text style={{ whiteSpace: 'pre-line' }}>{request.message}</Text>
        {request.sharedContact && <SharedContact contact={request.sharedContact} />}
      </Stack>
    </Paper>
  );
}
