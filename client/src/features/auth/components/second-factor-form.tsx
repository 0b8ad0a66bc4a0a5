import { secondFactorRequestSchema, type SignInResult } from '@commonroom/contracts';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useSecondFactor } from '../api/auth.queries';
import { SecurityCodeField } from '../../../shared/forms/security-code-field';

interface SecondFactorFormProps {
  onSignedIn: (result: SignInResult) => void;
  onStartAgain: () => void;
}

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ onSignedIn, onStartAgain }: SecondFactorFormProps) {
  const { t } = useTranslation();
  const secondFactor = useSecondFactor();
  const form = useSchemaForm({ schema: secondFactorRequestSchema, initialValues: { code: '' } });

  // The password form has gone: start where the code goes.
  useEffect(() => {
    form.formRef.current?.querySelector<HTMLInputElement>('input[name="code"]')?.focus();
  }, [form.formRef]);

  const submit = form.handleSubmit(({ code }) => {
    if (secondFactor.isPending) return;
    secondFactor.mutate(code, { onSuccess: onSignedIn, onError: form.showServerError });
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="second-factor-heading">
      <Stack gap="md">
        <Title order={2} id="second-factor-heading">
          {t('auth.secondFactor.heading')}
        </Title>
        <Text>{t('auth.secondFactor.intro')}</Text>
        <SecurityCodeField
          {...form.field('code')}
          label={t('auth.secondFactor.code')}
          description={t('auth.secondFactor.codeHint')}
        />
        <FormError error={form.formError} />
        <SubmitButton pending={secondFactor.isPending} pendingLabel={t('auth.secondFactor.pending')}>
          {t('auth.secondFactor.submit')}
        </SubmitButton>
        <Anchor component="button" type="button" onClick={onStartAgain} size="sm">
          {t('auth.secondFactor.startAgain')}
        </Anchor>
      </Stack>
    </form>
  );
}
