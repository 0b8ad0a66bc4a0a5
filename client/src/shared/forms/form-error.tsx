import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../i18n/error-messages';

interface FormErrorProps {
  /** Nothing is shown while this is null or undefined. */
  error: unknown;
  /** A next step under the message, e.g. "Send the link again". */
  children?: ReactNode;
}

/** A failure of a whole form, in plain words, announced at once (role="alert"). */
export function FormError({ error, children }: FormErrorProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  if (error === null || error === undefined) return null;
  const { message, requestId, expected } = describe(error);
  return (
    <Alert role="alert" color="red" variant="light" title={expected ? undefined : t('errors.title')}>
      <Text>{message}</Text>
      {requestId && (
        <Text size="sm" c="dimmed">
          {t('errors.requestId', { requestId })}
        </Text>
      )}
      {children}
    </Alert>
  );
}
