import { Alert, Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { ApiErrorCode } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { errorMessageKey } from '../../../shared/i18n/error-messages';
import { paths } from '../../../shared/routing/paths';
import { safeReturnTo } from '../../../shared/routing/return-to';
import { useSession } from '../api/session';
import { AuthPage } from '../../../shared/components/auth-page';
import { ProviderButtons } from '../components/provider-buttons';
import { SecondFactorForm } from '../components/second-factor-form';
import { SignInForm } from '../components/sign-in-form';

type Step = 'credentials' | 'second-factor';

/** What the confirm-email page hands over: the address just confirmed, to fill in. */
export interface SignInLocationState {
  confirmedEmail: string;
}

function confirmedEmailOf(state: unknown): string | null {
  const email = (state as Partial<SignInLocationState> | null)?.confirmedEmail;
  return typeof email === 'string' ? email : null;
}

/**
 * `/sign-in?returnTo=/path`: email and password, then (when the account has it) the security
 * code, on one page. `?error=<code>` is how the server reports a failed provider sign-in.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const providerError = searchParams.get('error');
  const navigate = useNavigate();
  const session = useSession();
  const confirmedEmail = confirmedEmailOf(useLocation().state);
  const [step, setStep] = useState<Step | null>(null);

  const content = () => {
    if (session.isPending) return <LoadingState />;
    if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
    if (session.data.user) return <Navigate to={returnTo} replace />;

    const currentStep = step ?? (session.data.secondFactorPending ? 'second-factor' : 'credentials');
    const onSignedIn = ({ status }: { status: string }) => {
      if (status === 'second_factor_required') setStep('second-factor');
      else void navigate(returnTo, { replace: true });
    };
    if (currentStep === 'second-factor') {
      return <SecondFactorForm onSignedIn={onSignedIn} onStartAgain={() => setStep('credentials')} />;
    }
    return (
      <>
        {providerError && (
          <Alert role="alert" color="red" variant="light">
            {t(errorMessageKey(providerError as ApiErrorCode), { defaultValue: t('errors.unknown') })}
          </Alert>
        )}
        {confirmedEmail && (
          <Alert role="status" color="green" variant="light">
            {t('auth.verifyEmail.done')}
          </Alert>
        )}
        <SignInForm onSignedIn={onSignedIn} initialEmail={confirmedEmail ?? undefined} />
        <ProviderButtons providers={session.data.providers} returnTo={returnTo} />
        <Text>
          {t('auth.signIn.noAccount')}{' '}
          <Anchor component={Link} to={paths.signUp}>
            {t('auth.signIn.signUp')}
          </Anchor>
        </Text>
      </>
    );
  };

  return <AuthPage title={t('auth.signIn.title')}>{content()}</AuthPage>;
}
