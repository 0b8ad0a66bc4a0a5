import { PASSWORD_MIN, invitationSignUpRequestSchema } from '@commonroom/contracts';
import { Alert, Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../../shared/api/api-error';
import { FormError } from '../../../../shared/forms/form-error';
import { PasswordField } from '../../../../shared/forms/password-field';
import { SubmitButton } from '../../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../../shared/forms/use-schema-form';
import { paths } from '../../../../shared/routing/paths';
import { signInHref } from '../../../../shared/routing/return-to';
import { useInvitationSignUp } from '../../api/invitations.queries';

interface InvitationSignUpFormProps {
  token: string;
  email: string;
}

/**
 * "Create your account" for someone invited who has none: the emailed link has proved the
 * address, so it is shown, not asked for, and no second email is needed.
 */
export function InvitationSignUpForm({ token, email }: InvitationSignUpFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signUp = useInvitationSignUp(token);
  // 409: an account was made for this address since the page loaded.
  const [accountExists, setAccountExists] = useState(false);
  const form = useSchemaForm({
    schema: invitationSignUpRequestSchema,
    initialValues: { displayName: '', password: '' },
  });

  const submit = form.handleSubmit((request) => {
    if (signUp.isPending) return;
    signUp.mutate(request, {
      onSuccess: ({ communitySlug }) => void navigate(paths.community(communitySlug)),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) setAccountExists(true);
        else form.showServerError(error);
      },
    });
  });

  if (accountExists) {
    return (
      <Alert role="alert" color="commonroom" variant="light" title={t('invitations.signUp.existsTitle')}>
        <Stack gap="xs" align="flex-start">
          <Text>{t('invitations.signUp.existsBody', { email })}</Text>
          <Anchor component={Link} to={signInHref(paths.invitation(token))} fw={700}>
            {t('invitations.signIn')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack component="section" aria-labelledby="invitation-sign-up-heading" gap="md">
      <Title order={2} size="h3" id="invitation-sign-up-heading">
        {t('invitations.signUp.heading')}
      </Title>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('invitations.signUp.email')}
            description={t('invitations.signUp.emailHint')}
            value={email}
            readOnly
          />
          <TextInput
            {...form.field('displayName')}
            label={t('invitations.signUp.displayName')}
            description={t('invitations.signUp.displayNameHint')}
            autoComplete="name"
            required
          />
          <PasswordField
            {...form.field('password')}
            label={t('invitations.signUp.password')}
            description={t('forms.passwordHint', { min: PASSWORD_MIN })}
            autoComplete="new-password"
            required
          />
          <FormError error={form.formError} />
          <SubmitButton pending={signUp.isPending} pendingLabel={t('invitations.signUp.pending')}>
            {t('invitations.signUp.submit')}
          </SubmitButton>
        </Stack>
      </form>
    </Stack>
  );
}
