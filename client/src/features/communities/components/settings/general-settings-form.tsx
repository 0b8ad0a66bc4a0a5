import { updateCommunityRequestSchema, type CommunityDetail } from '@commonroom/contracts';
import { Checkbox, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../../shared/components/live-message';
import { FormError } from '../../../../shared/forms/form-error';
import { SubmitButton } from '../../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../../shared/forms/use-schema-form';
import { Section } from '../../../../shared/components/section';
import { useUpdateCommunity } from '../../api/communities.queries';
import { fieldProps } from '../../../../shared/forms/field-props';
import { VisibilityField } from '../visibility-field';

/**
 * Name, description, welcome message, visibility and, for an open community, public reading
 * (ADR 0015). An emptied text box clears that text; leaving "open" turns public reading off.
 */
export function GeneralSettingsForm({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const update = useUpdateCommunity(community.slug);
  const form = useSchemaForm({
    schema: updateCommunityRequestSchema,
    initialValues: {
      name: community.name,
      description: community.description ?? '',
      welcomeMessage: community.welcomeMessage ?? '',
      visibility: community.visibility as string,
      // The form holds strings: 'true' when reading without signing in is on.
      publicReading: community.publicReading ? 'true' : '',
    },
    toInput: (values) => ({
      ...values,
      publicReading: values.visibility === 'open' && values.publicReading === 'true',
      description: values.description.trim() || null,
      welcomeMessage: values.welcomeMessage.trim() || null,
    }),
  });

  const submit = form.handleSubmit((request) => {
    if (update.isPending) return;
    update.mutate(request, { onError: form.showServerError });
  });

  return (
    <Section heading={t('communities.settings.general.heading')}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="lg" align="flex-start">
          <TextInput {...form.field('name')} label={t('communities.form.name')} required maxLength={100} w="100%" />
          <Textarea
            {...fieldProps(form, 'description')}
            label={t('communities.form.description')}
            description={t('communities.form.descriptionHint')}
            rows={2}
            resize="vertical"
            maxLength={500}
            w="100%"
          />
          <Textarea
            {...fieldProps(form, 'welcomeMessage')}
            label={t('communities.form.welcome')}
            description={t('communities.form.welcomeHint')}
            rows={3}
            resize="vertical"
            maxLength={5000}
            w="100%"
          />
          <VisibilityField
            value={form.values.visibility}
            onChange={(value) => form.setValue('visibility', value)}
            error={form.errors.visibility}
          />
          {form.values.visibility === 'open' && (
            <Checkbox
              name="publicReading"
              checked={form.values.publicReading === 'true'}
              onChange={(event) => form.setValue('publicReading', event.currentTarget.checked ? 'true' : '')}
              label={t('publicReading.settingLabel')}
              description={t('publicReading.settingDescription')}
              error={form.errors.publicReading}
            />
          )}
          <FormError error={form.formError} />
          <SubmitButton pending={update.isPending} pendingLabel={t('communities.common.saving')}>
            {t('communities.settings.general.submit')}
          </SubmitButton>
          <LiveMessage>{update.isSuccess && t('communities.settings.general.saved')}</LiveMessage>
        </Stack>
      </form>
    </Section>
  );
}
