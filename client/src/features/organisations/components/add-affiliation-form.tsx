import {
  createAffiliationRequestSchema,
  type Affiliation,
  type OrganisationRef,
  type Role,
} from '@commonroom/contracts';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useCreateAffiliation } from '../api/affiliations.queries';
import { todayIsoDate } from './dates';
import { OrganisationPicker } from './organisation-picker';
import { RoleSelect } from './role-select';

interface AddAffiliationFormProps {
  /** Fixed when the form opens from an organisation's page ("I work here"); otherwise picked. */
  organisation?: OrganisationRef;
  onAdded: (affiliation: Affiliation) => void;
  onCancel?: () => void;
}

/** Adds where the person works and in what role; the organisation's administrators verify it. */
export function AddAffiliationForm({ organisation, onAdded, onCancel }: AddAffiliationFormProps) {
  const { t } = useTranslation();
  const create = useCreateAffiliation();
  const [picked, setPicked] = useState<OrganisationRef | null>(organisation ?? null);
  const form = useSchemaForm({
    schema: createAffiliationRequestSchema,
    initialValues: { organisationId: organisation?.id ?? '', role: '', title: '', startsOn: todayIsoDate() },
    toInput: ({ title, startsOn, ...rest }) => ({
      ...rest,
      title: title.trim() || undefined,
      startsOn: startsOn || undefined,
    }),
    // Said in words before the schema's own messages, which name no organisation or role.
    validate: ({ organisationId, role }) => ({
      ...(organisationId ? {} : { organisationId: t('affiliations.form.organisationRequired') }),
      ...(role ? {} : { role: t('affiliations.form.roleRequired') }),
    }),
  });

  const submit = form.handleSubmit((request) => {
    if (create.isPending) return;
    create.mutate(request, { onSuccess: onAdded, onError: form.showServerError });
  });

  const pick = (next: OrganisationRef | null) => {
    setPicked(next);
    form.setValue('organisationId', next?.id ?? '');
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md" align="flex-start">
        {organisation ? (
          <Text>{t('affiliations.form.atOrganisation', { organisation: organisation.name })}</Text>
        ) : (
          <OrganisationPicker
            label={t('affiliations.form.organisation')}
            description={t('affiliations.form.organisationHint')}
            required
            value={picked}
            onChange={pick}
            error={form.errors.organisationId}
          />
        )}
        <RoleSelect
          value={form.values.role as Role | ''}
          onChange={(role) => form.setValue('role', role)}
          error={form.errors.role}
        />
        <TextInput
          {...form.field('title')}
          label={t('affiliations.form.title')}
          description={t('affiliations.form.titleHint')}
          maxLength={80}
          w="100%"
        />
        <TextInput
          {...form.field('startsOn')}
          type="date"
          label={t('affiliations.form.startsOn')}
          description={t('affiliations.form.startsOnHint')}
        />
        <FormError error={form.formError} />
        <Group>
          <SubmitButton pending={create.isPending} pendingLabel={t('affiliations.form.pending')}>
            {t('affiliations.form.submit')}
          </SubmitButton>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('organisation.common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
