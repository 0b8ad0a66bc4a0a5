import { changePasswordRequestSchema, PASSWORD_MIN, type CurrentUser } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../shared/components/live-message';
import { FormError } from '../../../shared/forms/form-error';
import { PasswordField } from '../../../shared/forms/password-field';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useChangePassword } from '../api/account.queries';
import { Section } from '../../../shared/components/section';

/** Changes the password, or creates one for accounts that only sign in through an organisation. */
export function ChangePasswordForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const creating = !user.hasPassword;
  const form = useSchemaForm({
    schema: changePasswordRequestSchema,
    initialValues: { currentPassword: '', newPassword: '' },
    toInput: ({ currentPassword, newPassword }) => ({ newPassword, currentPassword: currentPassword || undefined }),
    validate: ({ currentPassword }) =>
      !creating && !currentPassword ? { currentPassword: t('forms.currentPasswordRequired') } : {},
  });

  const submit = form.handleSubmit((request) => {
    if (change.isPending) return;
    change.mutate(request, { onError: form.showServerError });
  });

  return (
    <Section heading={creating ? t('settings.password.headingCreate') : t('settings.password.heading')}>
      {creating && <Text>{t('settings.password.introCreate')}</Text>}
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md" align="flex-start">
          {!creating && (
            <PasswordField
              {...form.field('currentPassword')}
              label={t('settings.password.currentPassword')}
              autoComplete="current-password"
              required
              w="100%"
            />
          )}
          <PasswordField
            {...form.field('newPassword')}
            label={t('settings.password.newPassword')}
            description={t('forms.passwordHint', { min: PASSWORD_MIN })}
            autoComplete="new-password"
            required
            w="100%"
          />
          <FormError error={form.formError} />
          <SubmitButton pending={change.isPending} pendingLabel={t('settings.password.pending')}>
            {creating ? t('settings.password.submitCreate') : t('settings.password.submit')}
          </SubmitButton>
          <LiveMessage>{change.isSuccess && t('settings.password.changed')}</LiveMessage>
        </Stack>
      </form>
    </Section>
  );
}
