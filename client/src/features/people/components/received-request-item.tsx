import type { ReceivedContactRequest } from '@commonroom/contracts';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptRequestForm } from './accept-request-form';
import { DeclineRequestForm } from './decline-request-form';
import { RequestHeading } from './request-heading';
import { SharedContact } from './shared-contact';

/** The app's high-contrast badge styles: a decision waiting stands out, a past one is quiet. */
const STATUS_VARIANTS = { pending: 'filled', accepted: 'light', declined: 'default' } as const;

/** One request someone sent me: who, when, their message, and what I decided (or the choice to). */
export function ReceivedRequestItem({ request }: { request: ReceivedContactRequest }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<'accept' | 'decline' | null>(null);
  const name = request.from.displayName;

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={t('people.requests.from', { name })}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <RequestHeading person={request.from} sentAt={request.sentAt} />
          <Group gap={6}>
            <Badge variant={STATUS_VARIANTS[request.status]} radius="sm" tt="none">
              {t(`people.requests.status.${request.status}`)}
            </Badge>
            {request.senderBlocked && (
              <Badge variant="outline" radius="sm" tt="none">
                {t('people.requests.blocked')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text style={{ whiteSpace: 'pre-line' }}>{request.message}</Text>
        {request.status === 'accepted' && request.sharedContact && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('people.requests.youShared')}
            </Text>
            <SharedContact contact={request.sharedContact} />
          </Stack>
        )}
        {request.status === 'pending' && choice === null && (
          <Group>
            <Button onClick={() => setChoice('accept')}>{t('people.requests.accept')}</Button>
            <Button variant="default" onClick={() => setChoice('decline')}>
              {t('people.requests.decline')}
            </Button>
          </Group>
        )}
        {request.status === 'pending' && choice === 'accept' && (
          <AcceptRequestForm requestId={request.id} senderName={name} onCancel={() => setChoice(null)} />
        )}
        {request.status === 'pending' && choice === 'decline' && (
          <DeclineRequestForm requestId={request.id} senderName={name} onCancel={() => setChoice(null)} />
        )}
      </Stack>
    </Paper>
  );
}
