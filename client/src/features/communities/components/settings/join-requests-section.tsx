import type { JoinRequest } from '@commonroom/contracts';
import { Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../shared/components/error-state';
import { LiveMessage } from '../../../../shared/components/live-message';
import { LoadingState } from '../../../../shared/components/loading-state';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { FormError } from '../../../../shared/forms/form-error';
import { useFormatDateTime } from '../../../../shared/i18n/format-date';
import { Section } from '../../../../shared/components/section';
import { useDecideJoinRequest, useJoinRequests } from '../../api/community-admin.queries';

type Decision = 'approve' | 'decline';

/** Requests to join, waiting for a facilitator's yes or no. */
export function JoinRequestsSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const requests = useJoinRequests(slug);
  const decide = useDecideJoinRequest(slug);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const onDecide = (request: JoinRequest, decision: Decision) =>
    decide.mutate(
      { requestId: request.id, decision },
      {
        onSuccess: () => {
          const name = request.person.displayName;
          setMessage(
            t(
              decision === 'approve'
                ? 'communities.settings.requests.approved'
                : 'communities.settings.requests.declined',
              { name },
            ),
          );
          headingRef.current?.focus();
        },
      },
    );

  return (
    <Section heading={t('communities.settings.requests.heading')} headingRef={headingRef}>
      {requests.isPending && <LoadingState />}
      {requests.isError && <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />}
      {requests.data?.items.length === 0 && <Text>{t('communities.settings.requests.empty')}</Text>}
      {requests.data && requests.data.items.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {requests.data.items.map((request) => (
            <JoinRequestItem
              key={request.id}
              request={request}
              busy={decide.isPending && decide.variables.requestId === request.id ? decide.variables.decision : null}
              onDecide={(decision) => onDecide(request, decision)}
            />
          ))}
        </Stack>
      )}
      <FormError error={decide.error} />
      <LiveMessage>{message}</LiveMessage>
    </Section>
  );
}

interface JoinRequestItemProps {
  request: JoinRequest;
  busy: Decision | null;
  onDecide: (decision: Decision) => void;
}

function JoinRequestItem({ request, busy, onDecide }: JoinRequestItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const name = request.person.displayName;
  return (
    <Stack component="li" gap={4}>
      <Text fw={700}>{name}</Text>
      <Text size="sm" c="dimmed">
        {t('communities.settings.requests.askedOn', { date: formatDateTime(request.createdAt) })}
      </Text>
      {request.message && <Text style={{ whiteSpace: 'pre-line' }}>{request.message}</Text>}
      <Group gap="sm" mt={4}>
        <BusyButton
          size="sm"
          busy={busy === 'approve'}
          aria-label={t('communities.settings.requests.approveLabel', { name })}
          onClick={() => onDecide('approve')}
        >
          {t('communities.settings.requests.approve')}
        </BusyButton>
        <BusyButton
          size="sm"
          variant="default"
          busy={busy === 'decline'}
          aria-label={t('communities.settings.requests.declineLabel', { name })}
          onClick={() => onDecide('decline')}
        >
          {t('communities.settings.requests.decline')}
        </BusyButton>
      </Group>
    </Stack>
  );
}
