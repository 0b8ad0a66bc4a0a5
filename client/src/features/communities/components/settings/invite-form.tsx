import { communityRoleSchema, emailSchema, inviteRequestSchema } from '@commonroom/contracts';
import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../../shared/components/live-message';
import { FormError } from '../../../../shared/forms/form-error';
import { SubmitButton } from '../../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../../shared/forms/use-schema-form';
import { useInviteMembers } from '../../api/community-admin.queries';
import { useCommunityTerms } from '../../community-terms';
import { fieldProps } from '../../../../shared/forms/field-props';

/** Addresses as people paste them: separated by commas, semicolons, spaces or new lines. */
export function splitEmails(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Invites people by email; each gets a link that lets them join (and create an account if needed). */
export function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const invite = useInviteMembers(slug);
  const [sent, setSent] = useState<{ invited: number; skipped: number } | null>(null);
  const form = useSchemaForm({
    schema: inviteRequestSchema,
    initialValues: { emails: '', role: 'member', message: '' },
    toInput: (values) => ({
      ...values,
      emails: splitEmails(values.emails),
      message: values.message.trim() || undefined,
    }),
    // Names the addresses that are wrong, which the schema's one message per field cannot.
    validate: (values) => {
      const wrong = splitEmails(values.emails).filter((email) => !emailSchema.safeParse(email).success);
      return wrong.length > 0
        ? { emails: t('communities.settings.invite.wrongEmails', { emails: wrong.join(', ') }) }
        : {};
    },
  });

  const submit = form.handleSubmit((request) => {
    if (invite.isPending) return;
    setSent(null);
    invite.mutate(request, {
      onSuccess: ({ invited }) => {
        setSent({ invited, skipped: request.emails.length - invited });
        form.setValue('emails', '');
        form.setValue('message', '');
      },
      onError: form.showServerError,
    });
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md" align="flex-start">
        <Textarea
          {...fieldProps(form, 'emails')}
          label={t('communities.settings.invite.emails')}
          description={t('communities.settings.invite.emailsHint')}
          rows={3}
          resize="vertical"
          required
          w="100%"
        />
        <NativeSelect
          {...fieldProps(form, 'role')}
          label={t('communities.settings.invite.role')}
          data={communityRoleSchema.options.map((role) => ({ value: role, label: terms.role(role) }))}
        />
        <Textarea
          {...fieldProps(form, 'message')}
          label={t('communities.settings.invite.message')}
          description={t('communities.settings.invite.messageHint')}
          rows={2}
          resize="vertical"
          maxLength={1000}
          w="100%"
        />
        <FormError error={form.formError} />
        <SubmitButton pending={invite.isPending} pendingLabel={t('communities.settings.invite.sending')}>
          {t('communities.settings.invite.submit')}
        </SubmitButton>
        <LiveMessage>
          {sent && t('communities.settings.invite.sent', { count: sent.invited })}
          {sent && sent.skipped > 0 && t('communities.settings.invite.skipped', { count: sent.skipped })}
        </LiveMessage>
      </Stack>
    </form>
  );
}
