import { PASSWORD_MIN, signUpRequestSchema } from '@commonroom/contracts';
import { Anchor, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../../shared/forms/form-error';
import { PasswordField } from '../../../shared/forms/password-field';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { paths } from '../../../shared/routing/paths';
import { useSignUp } from '../api/auth.queries';
import { AuthPage } from '../../../shared/components/auth-page';
import { CheckYourEmail } from '../components/check-your-email';
import { EmailField } from '../../../shared/forms/email-field';

/** `/sign-up`: name, email and password; then "check your email", whatever the address. */
export function SignUpPage() {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const form = useSchemaForm({
    schema: signUpRequestSchema,
    initialValues: { displayName: '', email: '', password: '' },
  });

  const submit = form.handleSubmit((request) => {
    if (signUp.isPending) return;
    signUp.mutate(request, { onError: form.showServerError });
  });

  if (signUp.isSuccess) {
    return (
      <AuthPage title={t('auth.signUp.title')}>
        <CheckYourEmail message={signUp.data.message} />
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t('auth.signUp.title')}>
      <Text>{t('auth.signUp.intro')}</Text>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            {...form.field('displayName')}
            label={t('auth.signUp.displayName')}
            description={t('auth.signUp.displayNameHint')}
            autoComplete="name"
            required
          />
          <EmailField
            {...form.field('email')}
            label={t('auth.signUp.email')}
            description={t('auth.signUp.emailHint')}
          />
          <PasswordField
            {...form.field('password')}
            label={t('auth.signUp.password')}
            description={t('forms.passwordHint', { min: PASSWORD_MIN })}
            autoComplete="new-password"
            required
          />
          <FormError error={form.formError} />
          <SubmitButton pending={signUp.isPending} pendingLabel={t('auth.signUp.pending')}>
            {t('auth.signUp.submit')}
          </SubmitButton>
        </Stack>
      </form>
      <Text>
        {t('auth.signUp.haveAccount')}{' '}
        <Anchor component={Link} to={paths.signIn}>
          {t('auth.signUp.signIn')}
        </Anchor>
      </Text>
    </AuthPage>
  );
}
