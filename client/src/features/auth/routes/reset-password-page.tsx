import { PASSWORD_MIN, passwordResetConfirmSchema } from '@commonroom/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError, missingTokenError } from '../../../shared/api/api-error';
import { LiveMessage } from '../../../shared/components/live-message';
import { FormError } from '../../../shared/forms/form-error';
import { PasswordField } from '../../../shared/forms/password-field';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { paths } from '../../../shared/routing/paths';
import { useConfirmPasswordReset } from '../api/auth.queries';
import { AuthPage } from '../../../shared/components/auth-page';

/** `/reset-password?token=…`, the link in the reset email: choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const form = useSchemaForm({
    schema: passwordResetConfirmSchema,
    initialValues: { password: '' },
    toInput: (values) => ({ token, password: values.password }),
  });

  const submit = form.handleSubmit((request) => {
    if (confirm.isPending) return;
    confirm.mutate(request, { onError: form.showServerError });
  });
  const linkFailed = !token || (isApiError(form.formError) && form.formError.code === 'token_invalid');
  const newLink = (
    <Anchor component={Link} to={paths.forgotPassword} display="block" mt="xs">
      {t('auth.resetPassword.newLink')}
    </Anchor>
  );

  return (
    <AuthPage title={t('auth.resetPassword.title')}>
      <LiveMessage>
        {confirm.isSuccess && (
          <Stack gap="xs" align="flex-start">
            <Text>{t('auth.resetPassword.done')}</Text>
            <Anchor component={Link} to={paths.signIn}>
              {t('auth.resetPassword.signIn')}
            </Anchor>
          </Stack>
        )}
      </LiveMessage>
      {!token && <FormError error={missingTokenError()}>{newLink}</FormError>}
      {token && !confirm.isSuccess && (
        <form ref={form.formRef} onSubmit={submit} noValidate>
          <Stack gap="md">
            <PasswordField
              {...form.field('password')}
              label={t('auth.resetPassword.password')}
              description={t('forms.passwordHint', { min: PASSWORD_MIN })}
              autoComplete="new-password"
              required
            />
            <FormError error={form.formError}>{linkFailed && newLink}</FormError>
            <SubmitButton pending={confirm.isPending} pendingLabel={t('auth.resetPassword.pending')}>
              {t('auth.resetPassword.submit')}
            </SubmitButton>
          </Stack>
        </form>
      )}
    </AuthPage>
  );
}
