import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { missingTokenError } from '../../../shared/api/api-error';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { FormError } from '../../../shared/forms/form-error';
import { useRunOnce } from '../../../shared/hooks/use-run-once';
import { paths } from '../../../shared/routing/paths';
import { AuthPage } from '../../../shared/components/auth-page';
import { useConfirmEmailChange } from '../api/account.queries';

/** `/confirm-email?token=…`, the link sent to a new address: makes it the account's address. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const confirm = useConfirmEmailChange();
  // Once, even in StrictMode: the token works a single time.
  useRunOnce(() => {
    if (token) confirm.mutate(token);
  });

  return (
    <AuthPage title={t('settings.confirmEmail.title')}>
      {token && (confirm.isIdle || confirm.isPending) && <LoadingState label={t('settings.confirmEmail.checking')} />}
      <LiveMessage>
        {confirm.isSuccess && (
          <Stack gap="xs" align="flex-start">
            <Text>{t('settings.confirmEmail.done', { email: confirm.data.email })}</Text>
            <Anchor component={Link} to={paths.settingsProfile}>
              {t('settings.confirmEmail.profile')}
            </Anchor>
          </Stack>
        )}
      </LiveMessage>
      <FormError error={token ? confirm.error : missingTokenError()} />
    </AuthPage>
  );
}
