import { joinCommunityRequestSchema, type JoinCommunityResult } from '@commonroom/contracts';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useJoinCommunity } from '../api/communities.queries';
import { fieldProps } from '../../../shared/forms/field-props';

interface JoinRequestFormProps {
  slug: string;
  onSent: (result: JoinCommunityResult) => void;
  onCancel: () => void;
}

/** "Request to join", with an optional note to the facilitators. */
export function JoinRequestForm({ slug, onSent, onCancel }: JoinRequestFormProps) {
  const { t } = useTranslation();
  const join = useJoinCommunity(slug);
  const form = useSchemaForm({
    schema: joinCommunityRequestSchema,
    initialValues: { message: '' },
    toInput: ({ message }) => ({ message: message.trim() || undefined }),
  });

  const submit = form.handleSubmit((request) => {
    if (join.isPending) return;
    join.mutate(request, { onSuccess: onSent, onError: form.showServerError });
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <Textarea
          {...fieldProps(form, 'message')}
          label={t('communities.membership.requestMessage')}
          description={t('communities.membership.requestMessageHint')}
          rows={3}
          resize="vertical"
          maxLength={500}
          // The person has just asked for this box: put them in it.
          // eslint-disable-next-line jsx-a11y/no-autofocus -- opened by the person asking to join
          autoFocus
        />
        <FormError error={form.formError} />
        <Group gap="sm">
          <SubmitButton pending={join.isPending} pendingLabel={t('communities.membership.sending')}>
            {t('communities.membership.sendRequest')}
          </SubmitButton>
          <Button variant="default" onClick={onCancel}>
            {t('communities.common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
