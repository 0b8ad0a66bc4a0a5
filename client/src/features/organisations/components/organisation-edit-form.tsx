import { emailDomainSchema, updateOrganisationRequestSchema, type OrganisationDetail } from '@commonroom/contracts';
import { Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../shared/api/api-error';
import { LiveMessage } from '../../../shared/components/live-message';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useTermOptions } from '../../../shared/i18n/taxonomy';
import { useUpdateOrganisation } from '../api/organisations.queries';
import { fieldProps } from '../../../shared/forms/field-props';
import { Section } from '../../../shared/components/section';

/** Domains as typed: one a line (or separated by commas or spaces), a leading @ forgiven. */
function parseDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((domain) => domain.trim().replace(/^@/, ''))
    .filter(Boolean);
}

/** The server reports `body.emailDomains.2`; the form has one box for all the domains. */
function perField(error: unknown): unknown {
  if (!isApiError(error)) return error;
  const issues = error.issues.map((issue) => ({ ...issue, path: issue.path.split('.').slice(0, 2).join('.') }));
  return new ApiError({
    code: error.code,
    message: error.message,
    status: error.status,
    issues,
    requestId: error.requestId,
  });
}

/** What an organisation's administrators may change about it; the rest comes from the DfE register. */
export function OrganisationEditForm({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation(organisation.slug);
  const phaseOptions = useTermOptions('phase');
  const form = useSchemaForm({
    schema: updateOrganisationRequestSchema,
    initialValues: {
      description: organisation.description ?? '',
      website: organisation.website ?? '',
      phases: organisation.phases.join(','),
      emailDomains: organisation.emailDomains.join('\n'),
    },
    toInput: (values) => ({
      description: values.description.trim() || null,
      website: values.website.trim() || null,
      phases: values.phases ? values.phases.split(',') : [],
      emailDomains: parseDomains(values.emailDomains),
    }),
    validate: ({ emailDomains }) => {
      const wrong = parseDomains(emailDomains).find((domain) => !emailDomainSchema.safeParse(domain).success);
      return wrong ? { emailDomains: t('organisation.edit.badDomain', { domain: wrong }) } : {};
    },
  });

  const submit = form.handleSubmit((request) => {
    if (update.isPending) return;
    update.mutate(request, { onError: (error) => form.showServerError(perField(error)) });
  });

  return (
    <Section heading={t('organisation.edit.heading')}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md" align="flex-start">
          <Textarea
            {...fieldProps(form, 'description')}
            label={t('organisation.edit.description')}
            description={t('organisation.edit.descriptionHint')}
            rows={3}
            resize="vertical"
            maxLength={2000}
            w="100%"
          />
          <TextInput
            {...form.field('website')}
            type="url"
            label={t('organisation.edit.website')}
            description={t('organisation.edit.websiteHint')}
            w="100%"
          />
          <Checkbox.Group
            label={t('organisation.edit.phases')}
            value={form.values.phases ? form.values.phases.split(',') : []}
            onChange={(phases) => form.setValue('phases', phases.join(','))}
            error={form.errors.phases}
          >
            <Group gap="md" mt="xs">
              {phaseOptions.map((option) => (
                <Checkbox key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            {...fieldProps(form, 'emailDomains')}
            label={t('organisation.edit.emailDomains')}
            description={t('organisation.edit.emailDomainsHint')}
            rows={2}
            resize="vertical"
            w="100%"
            spellCheck={false}
            autoCapitalize="none"
          />
          <FormError error={form.formError} />
          <SubmitButton pending={update.isPending} pendingLabel={t('organisation.edit.pending')}>
            {t('organisation.edit.submit')}
          </SubmitButton>
          <LiveMessage>{update.isSuccess && t('organisation.edit.saved')}</LiveMessage>
        </Stack>
      </form>
    </Section>
  );
}
