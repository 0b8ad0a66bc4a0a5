import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { missingTokenError } from '../../../shared/api/api-error';
import { LoadingState } from '../../../shared/components/loading-state';
import { FormError } from '../../../shared/forms/form-error';
import { useRunOnce } from '../../../shared/hooks/use-run-once';
import { paths } from '../../../shared/routing/paths';
import { useVerifyEmail } from '../api/auth.queries';
import { AuthPage } from '../../../shared/components/auth-page';
import type { SignInLocationState } from './sign-in-page';

/**
 * `/verify-email?token=…`, the link in the welcome email: confirms the address once, then goes
 * straight to sign-in with the address filled in. It does not sign in by itself (docs/security.md).
 */
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
      {verify.isSuccess && (
        <Navigate
          to={paths.signIn}
          replace
          state={{ confirmedEmail: verify.data.email } satisfies SignInLocationState}
        />
      )}
      <FormError error={token ? verify.error : missingTokenError()}>
        <Text mt="xs">{t('auth.verifyEmail.newLink')}</Text>
      </FormError>
    </AuthPage>
  );
}
