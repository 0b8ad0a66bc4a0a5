import type { SentContactRequest } from '@commonroom/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';
import { SharedContact } from './shared-contact';

/** One request I sent: still waiting (a decline is silent), or accepted with the contact route shared. */
export function SentRequestItem({ request }: { request: SentContactRequest }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const name = request.to.displayName;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={t('people.requests.to', { name })}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              <Anchor component={Link} to={paths.person(request.to.userId)}>
                {name}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {t('people.requests.sentAt', { date: formatDateTime(request.sentAt) })}
            </Text>
          </Stack>
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
