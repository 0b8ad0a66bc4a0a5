import {
  createPartnershipRequestSchema,
  PARTNERSHIP_MODELS,
  type OrganisationRef,
  type PartnershipDetail,
} from '@commonroom/contracts';
import { NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useCreatePartnership } from '../api/partnerships.queries';
import { fieldProps } from '../../../shared/forms/field-props';
import { usePartnershipModelLabel } from './use-labels';

interface NewPartnershipFormProps {
  /** Provider organisations the person can start a partnership for. */
  leads: OrganisationRef[];
  defaultLeadId: string | undefined;
  onCreated: (partnership: PartnershipDetail) => void;
}

export function NewPartnershipForm({ leads, defaultLeadId, onCreated }: NewPartnershipFormProps) {
  const { t } = useTranslation();
  const create = useCreatePartnership();
  const modelLabel = usePartnershipModelLabel();
  const form = useSchemaForm({
    schema: createPartnershipRequestSchema,
    initialValues: { leadOrganisationId: defaultLeadId ?? leads[0]?.id ?? '', name: '', model: '', description: '' },
    toInput: ({ description, ...rest }) => ({ ...rest, description: description.trim() || undefined }),
    validate: ({ model }) => (model ? {} : { model: t('partnerships.new.modelRequired') }),
  });

  const submit = form.handleSubmit((request) => {
    if (!create.isPending) create.mutate(request, { onSuccess: onCreated, onError: form.showServerError });
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="lg" align="flex-start">
        <NativeSelect
          {...fieldProps(form, 'leadOrganisationId')}
          label={t('partnerships.new.lead')}
          description={t('partnerships.new.leadHint')}
          data={leads.map((lead) => ({ value: lead.id, label: lead.name }))}
          w="100%"
        />
        <TextInput
          {...form.field('name')}
          label={t('partnerships.new.name')}
          description={t('partnerships.new.nameHint')}
          required
          maxLength={120}
          w="100%"
        />
        <Radio.Group
          name="model"
          label={t('partnerships.new.model')}
          description={t('partnerships.new.modelHint')}
          required
          value={form.values.model}
          onChange={(model) => form.setValue('model', model)}
          error={form.errors.model}
        >
          <Stack gap="sm" mt="xs">
            {PARTNERSHIP_MODELS.map((model) => (
              <Radio
                key={model.id}
                value={model.id}
                label={modelLabel(model.id)}
                description={t(`partnerships.models.${model.id}.description`)}
                // Lets the form move focus here when no model was chosen; the group carries the message.
                aria-invalid={form.errors.model ? true : undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          {...fieldProps(form, 'description')}
          label={t('partnerships.new.description')}
          description={t('partnerships.new.descriptionHint')}
          rows={3}
          resize="vertical"
          maxLength={2000}
          w="100%"
        />
        <FormError error={form.formError} />
        <SubmitButton pending={create.isPending} pendingLabel={t('partnerships.new.pending')}>
          {t('partnerships.new.submit')}
        </SubmitButton>
      </Stack>
    </form>
  );
}
