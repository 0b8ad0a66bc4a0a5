import { changeEmailRequestSchema, type CurrentUser } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../shared/components/live-message';
import { FormError } from '../../../shared/forms/form-error';
import { PasswordField } from '../../../shared/forms/password-field';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useChangeEmail } from '../api/account.queries';
import { Section } from '../../../shared/components/section';
import { EmailField } from '../../../shared/forms/email-field';

/** A new address takes effect when the link sent to it is opened (`/confirm-email`). */
export function ChangeEmailForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const change = useChangeEmail();
  const form = useSchemaForm({
    schema: changeEmailRequestSchema,
    initialValues: { newEmail: '', currentPassword: '' },
    // Accounts without a password (signed in through their organisation) send none.
    toInput: ({ newEmail, currentPassword }) => ({ newEmail, currentPassword: currentPassword || undefined }),
    validate: ({ currentPassword }) =>
      user.hasPassword && !currentPassword ? { currentPassword: t('forms.currentPasswordRequired') } : {},
  });

  const submit = form.handleSubmit((request) => {
    if (change.isPending) return;
    change.mutate(request, { onError: form.showServerError });
  });

  return (
    <Section heading={t('settings.email.heading')}>
      <Text>{t('settings.email.current', { email: user.email })}</Text>
      <Text>{t('settings.email.intro')}</Text>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md" align="flex-start">
          <EmailField {...form.field('newEmail')} label={t('settings.email.newEmail')} w="100%" />
          {user.hasPassword && (
            <PasswordField
              {...form.field('currentPassword')}
              label={t('settings.email.currentPassword')}
              description={t('settings.email.currentPasswordHint')}
              autoComplete="current-password"
              required
              w="100%"
            />
          )}
          <FormError error={form.formError} />
          <SubmitButton pending={change.isPending} pendingLabel={t('settings.email.pending')}>
            {t('settings.email.submit')}
          </SubmitButton>
          <LiveMessage>{change.isSuccess && change.data.message}</LiveMessage>
        </Stack>
      </form>
    </Section>
  );
}
