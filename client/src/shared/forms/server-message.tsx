import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { FormError } from './form-error';

interface ServerMessageProps {
  error: unknown;
  /**
   * Refusals whose server sentence says more than the generic one (e.g. 409 "a member through an
   * affiliation cannot be removed", 413 "that file is larger than 10 MB"). Each feature names the
   * ones its server writes for people; any other failure gets the usual plain words.
   */
  statuses?: readonly number[];
}

/** A refused action, shown where the person is looking. */
export function ServerMessage({ error, statuses = [409] }: ServerMessageProps) {
  const { t } = useTranslation();
  if (isApiError(error) && statuses.includes(error.status)) {
    return (
      <Alert role="alert" color="red" variant="light" title={t('errors.notDone')}>
        <Text>{error.message}</Text>
      </Alert>
    );
  }
  return <FormError error={error} />;
}
