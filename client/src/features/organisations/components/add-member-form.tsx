import { addPartnershipMemberRequestSchema, type OrganisationRef } from '@commonroom/contracts';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useAddPartnershipMember } from '../api/partnerships.queries';
import { OrganisationPicker } from './organisation-picker';

interface AddMemberFormProps {
  slug: string;
  /** Already members: not offered again. */
  memberIds: string[];
  onAdded: (organisationName: string) => void;
}

export function AddMemberForm({ slug, memberIds, onAdded }: AddMemberFormProps) {
  const { t } = useTranslation();
  const add = useAddPartnershipMember(slug);
  const [picked, setPicked] = useState<OrganisationRef | null>(null);
  // A new picker after each addition, with an empty search box.
  const [pickerKey, setPickerKey] = useState(0);
  const form = useSchemaForm({
    schema: addPartnershipMemberRequestSchema,
    initialValues: { organisationId: '' },
    validate: ({ organisationId }) => (organisationId ? {} : { organisationId: t('partnerships.members.chooseFirst') }),
  });

  const pick = (organisation: OrganisationRef | null) => {
    setPicked(organisation);
    form.setValue('organisationId', organisation?.id ?? '');
  };

  const submit = form.handleSubmit(({ organisationId }) => {
    if (add.isPending || !picked) return;
    add.mutate(organisationId, {
      onSuccess: () => {
        onAdded(picked.name);
        pick(null);
        setPickerKey((key) => key + 1);
      },
      onError: form.showServerError,
    });
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm" align="flex-start">
        <OrganisationPicker
          key={pickerKey}
          label={t('partnerships.members.add')}
          description={t('partnerships.members.addHint')}
          value={picked}
          onChange={pick}
          excludeIds={memberIds}
          error={form.errors.organisationId}
        />
        <FormError error={form.formError} />
        <SubmitButton pending={add.isPending} pendingLabel={t('partnerships.members.adding')} variant="default">
          {t('partnerships.members.addSubmit')}
        </SubmitButton>
      </Stack>
    </form>
  );
}
