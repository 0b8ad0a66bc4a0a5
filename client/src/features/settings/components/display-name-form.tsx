import { updateProfileRequestSchema, type CurrentUser } from '@commonroom/contracts';
import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../shared/components/live-message';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useUpdateProfile } from '../api/account.queries';
import { Section } from '../../../shared/components/section';

export function DisplayNameForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const form = useSchemaForm({ schema: updateProfileRequestSchema, initialValues: { displayName: user.displayName } });

  const submit = form.handleSubmit(({ displayName }) => {
    if (update.isPending) return;
    update.mutate(displayName, { onError: form.showServerError });
  });

  return (
    <Section heading={t('settings.displayName.heading')}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md" align="flex-start">
          <TextInput
            {...form.field('displayName')}
            label={t('settings.displayName.label')}
            description={t('settings.displayName.hint')}
            autoComplete="name"
            required
            w="100%"
          />
          <FormError error={form.formError} />
          <SubmitButton pending={update.isPending} pendingLabel={t('settings.displayName.pending')}>
            {t('settings.displayName.submit')}
          </SubmitButton>
          <LiveMessage>{update.isSuccess && t('settings.displayName.saved')}</LiveMessage>
        </Stack>
      </form>
    </Section>
  );
}
