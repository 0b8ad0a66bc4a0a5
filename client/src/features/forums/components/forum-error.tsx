import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/api-error';
import { FormError } from '../../../shared/forms/form-error';

/** Refusals whose server sentence says more than the generic one: a locked thread, a stale edit, a file too large, a new member's link limit. */
const SPECIFIC_STATUSES = new Set([400, 409, 413, 422, 429]);

/**
 * A refused forum action, where the person is looking. Specific refusals show the server's own
 * sentence (written for teachers); anything else gets the usual plain words and a reference.
 */
export function ForumError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && SPECIFIC_STATUSES.has(error.status)) {
    return (
      <Alert role="alert" color="red" variant="light" title={t('forums.common.notDone')}>
        <Text>{error.message}</Text>
      </Alert>
    );
  }
  return <FormError error={error} />;
}
