import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../i18n/error-messages';

interface ErrorStateProps {
  error: unknown;
  /** Offered as a "Try again" button; most failures on school networks are transient. */
  onRetry?: () => void;
}

/** Says what went wrong in plain words, offers a retry, and shows the request id for support. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const { message, requestId, expected } = useDescribeError()(error);
  return (
    <Alert role="alert" color="red" variant="light" title={expected ? undefined : t('errors.title')} my="md">
      <Stack gap="sm" align="flex-start">
        <Text>{message}</Text>
        {onRetry && (
          <Button variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
        {requestId && (
          <Text size="sm" c="dimmed">
            {t('errors.requestId', { requestId })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
