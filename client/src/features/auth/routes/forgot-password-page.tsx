import { passwordResetRequestSchema } from '@commonroom/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { paths } from '../../../shared/routing/paths';
import { useRequestPasswordReset } from '../api/auth.queries';
import { AuthPage } from '../../../shared/components/auth-page';
import { CheckYourEmail } from '../components/check-your-email';
import { EmailField } from '../../../shared/forms/email-field';

/** `/forgot-password`: asks for a reset link; the answer never says whether the address exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const reset = useRequestPasswordReset();
  const form = useSchemaForm({ schema: passwordResetRequestSchema, initialValues: { email: '' } });

  const submit = form.handleSubmit(({ email }) => {
    if (reset.isPending) return;
    reset.mutate(email, { onError: form.showServerError });
  });

  return (
    <AuthPage title={t('auth.forgotPassword.title')}>
      {reset.isSuccess ? (
        <CheckYourEmail message={reset.data.message} />
      ) : (
        <>
          <Text>{t('auth.forgotPassword.intro')}</Text>
          <form ref={form.formRef} onSubmit={submit} noValidate>
            <Stack gap="md">
              <EmailField {...form.field('email')} label={t('auth.forgotPassword.email')} />
              <FormError error={form.formError} />
              <SubmitButton pending={reset.isPending} pendingLabel={t('auth.forgotPassword.pending')}>
                {t('auth.forgotPassword.submit')}
              </SubmitButton>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to={paths.signIn}>
        {t('auth.forgotPassword.backToSignIn')}
      </Anchor>
    </AuthPage>
  );
}
