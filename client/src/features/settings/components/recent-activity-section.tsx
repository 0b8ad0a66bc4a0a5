import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { useSecurityEvents } from '../api/account.queries';
import { Section } from '../../../shared/components/section';

/** Actions the server records that have a sentence; any other is shown as the server named it. */
export const KNOWN_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'password_changed',
  'email_changed',
  'two_factor_enabled',
  'two_factor_disabled',
  'session_revoked',
  'sign_out',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

/** Recent sign-ins and changes, so the person can spot something they did not do. */
export function RecentActivitySection() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const events = useSecurityEvents();

  return (
    <Section heading={t('settings.activity.heading')}>
      <Text>{t('settings.activity.intro')}</Text>
      {events.isPending && <LoadingState />}
      {events.isError && <ErrorState error={events.error} onRetry={() => void events.refetch()} />}
      {events.isSuccess && events.data.items.length === 0 && <EmptyState title={t('settings.activity.empty')} />}
      {events.isSuccess && events.data.items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {events.data.items.map((event) => (
            <li key={event.id}>
              <Text fw={700}>
                {isKnownAction(event.action) ? t(`settings.activity.action.${event.action}`) : event.action}
              </Text>
              <Text size="sm" c="dimmed">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                {' · '}
                {event.device ?? t('settings.activity.unknownDevice')}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
