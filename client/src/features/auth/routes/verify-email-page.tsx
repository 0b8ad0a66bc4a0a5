import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { missingTokenError } from '../../../shared/api/api-error';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { FormError } from '../../../shared/forms/form-error';
import { useRunOnce } from '../../../shared/hooks/use-run-once';
import { paths } from '../../../shared/routing/paths';
import { useVerifyEmail } from '../api/auth.queries';
import { AuthPage } from '../../../shared/components/auth-page';

/** `/verify-email?token=…`, the link in the welcome email: confirms the address once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const verify = useVerifyEmail();
  // Once, even in StrictMode: the token works a single time, so a second request would fail.
  useRunOnce(() => {
    if (token) verify.mutate(token);
  });

  return (
    <AuthPage title={t('auth.verifyEmail.title')}>
      {token && (verify.isIdle || verify.isPending) && <LoadingState label={t('auth.verifyEmail.checking')} />}
      <LiveMessage>
        {verify.isSuccess && (
          <Stack gap="xs" align="flex-start">
            <Text>{t('auth.verifyEmail.done')}</Text>
            <Anchor component={Link} to={paths.signIn}>
              {t('auth.verifyEmail.signIn')}
            </Anchor>
          </Stack>
        )}
      </LiveMessage>
      <FormError error={token ? verify.error : missingTokenError()}>
        <Text mt="xs">{t('auth.verifyEmail.newLink')}</Text>
      </FormError>
    </AuthPage>
  );
}
