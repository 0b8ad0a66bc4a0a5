import { createAgreementRequestSchema, newAgreementVersionRequestSchema, type Agreement } from '@commonroom/contracts';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useCreateAgreement, usePublishAgreementVersion } from '../api/partnerships.queries';
import { fieldProps } from '../../../shared/forms/field-props';

interface FormProps {
  slug: string;
  onDone: (agreement: Agreement) => void;
  onCancel: () => void;
}

export function CreateAgreementForm({ slug, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const create = useCreateAgreement(slug);
  const form = useSchemaForm({ schema: createAgreementRequestSchema, initialValues: { title: '', body: '' } });
  const submit = form.handleSubmit((request) => {
    if (!create.isPending) create.mutate(request, { onSuccess: onDone, onError: form.showServerError });
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput {...form.field('title')} label={t('partnerships.agreements.titleLabel')} required maxLength={200} />
        <Textarea
          {...fieldProps(form, 'body')}
          label={t('partnerships.agreements.body')}
          description={t('partnerships.agreements.bodyHint')}
          required
          rows={8}
          resize="vertical"
        />
        <FormError error={form.formError} />
        <FormButtons pending={create.isPending} submit={t('partnerships.agreements.create')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function NewVersionForm({ slug, agreement, onDone, onCancel }: FormProps & { agreement: Agreement }) {
  const { t } = useTranslation();
  const publish = usePublishAgreementVersion(slug, agreement.id);
  const current = agreement.versions.find((version) => version.version === agreement.currentVersion);
  const form = useSchemaForm({
    schema: newAgreementVersionRequestSchema,
    initialValues: { body: current?.body ?? '', changeNote: '' },
    toInput: ({ body, changeNote }) => ({ body, changeNote: changeNote.trim() || undefined }),
  });
  const submit = form.handleSubmit((request) => {
    if (!publish.isPending) publish.mutate(request, { onSuccess: onDone, onError: form.showServerError });
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          {...fieldProps(form, 'body')}
          label={t('partnerships.agreements.newBody')}
          description={t('partnerships.agreements.bodyHint')}
          required
          rows={8}
          resize="vertical"
        />
        <TextInput
          {...form.field('changeNote')}
          label={t('partnerships.agreements.changeNoteLabel')}
          description={t('partnerships.agreements.changeNoteHint')}
          maxLength={500}
        />
        <FormError error={form.formError} />
        <FormButtons pending={publish.isPending} submit={t('partnerships.agreements.publish')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function FormButtons({ pending, submit, onCancel }: { pending: boolean; submit: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <SubmitButton pending={pending} pendingLabel={t('partnerships.agreements.saving')}>
        {submit}
      </SubmitButton>
      <Button variant="default" onClick={onCancel}>
        {t('organisation.common.cancel')}
      </Button>
    </Group>
  );
}
