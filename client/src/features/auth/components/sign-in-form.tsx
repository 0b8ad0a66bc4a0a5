import { signInRequestSchema, type SignInResult } from '@commonroom/contracts';
import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { FormError } from '../../../shared/forms/form-error';
import { PasswordField } from '../../../shared/forms/password-field';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { paths } from '../../../shared/routing/paths';
import { useSignIn } from '../api/auth.queries';
import { ResendVerification } from './resend-verification';
import { EmailField } from '../../../shared/forms/email-field';

interface SignInFormProps {
  onSignedIn: (result: SignInResult) => void;
  /** An address already known (just confirmed), filled in. */
  initialEmail?: string;
}

/** Email and password, the first step of signing in. */
export function SignInForm({ onSignedIn, initialEmail }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useSchemaForm({
    schema: signInRequestSchema,
    initialValues: { email: initialEmail ?? '', password: '' },
  });
  // The address the server said is unconfirmed, to send the link to.
  const [unconfirmedEmail, setUnconfirmedEmail] = useState<string | null>(null);

  const submit = form.handleSubmit((request) => {
    if (signIn.isPending) return;
    setUnconfirmedEmail(null);
    signIn.mutate(request, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error) && error.code === 'email_not_verified') setUnconfirmedEmail(request.email);
        form.showServerError(error);
      },
    });
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <EmailField {...form.field('email')} label={t('auth.signIn.email')} />
        <PasswordField
          {...form.field('password')}
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          required
        />
        {/* A 24 px line: the link is a tap target on its own (WCAG 2.2 target size). */}
        <Anchor component={Link} to={paths.forgotPassword} size="sm" lh="24px" style={{ alignSelf: 'flex-start' }}>
          {t('auth.signIn.forgotPassword')}
        </Anchor>
        <FormError error={form.formError}>
          {unconfirmedEmail && <ResendVerification email={unconfirmedEmail} />}
        </FormError>
        <SubmitButton pending={signIn.isPending} pendingLabel={t('auth.signIn.pending')}>
          {t('auth.signIn.submit')}
        </SubmitButton>
      </Stack>
    </form>
  );
}
