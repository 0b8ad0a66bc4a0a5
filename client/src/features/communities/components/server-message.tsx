import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/api-error';
import { FormError } from '../../../shared/forms/form-error';

/**
 * A failed action. A 409 refusal carries a sentence written for the person ("a member through an
 * affiliation cannot be removed"), which says more than the generic "someone changed this"; any
 * other failure gets the usual plain words.
 */
export function ServerMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 409) {
    return (
      <Alert role="alert" color="red" variant="light" title={t('communities.common.notDone')}>
        <Text>{error.message}</Text>
      </Alert>
    );
  }
  return <FormError error={error} />;
}
