import { totpDisableRequestSchema } from '@commonroom/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useDisableTwoFactor, useRegenerateRecoveryCodes } from '../api/account.queries';
import { SecurityCodeField } from '../../../shared/forms/security-code-field';

interface TwoFactorManageProps {
  onNewCodes: (codes: string[]) => void;
  onDisabled: () => void;
}

/** With two-step sign-in on: get new recovery codes, or turn it off (with a code). */
export function TwoFactorManage({ onNewCodes, onDisabled }: TwoFactorManageProps) {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const regenerate = useRegenerateRecoveryCodes();
  const form = useSchemaForm({ schema: totpDisableRequestSchema, initialValues: { code: '' } });

  const submit = form.handleSubmit(({ code }) => {
    if (disable.isPending) return;
    disable.mutate(code, { onSuccess: onDisabled, onError: form.showServerError });
  });

  return (
    <Stack gap="lg">
      <Text>{t('settings.twoFactor.on')}</Text>

      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4">
          {t('settings.twoFactor.regenerateHeading')}
        </Title>
        <Text>{t('settings.twoFactor.regenerateIntro')}</Text>
        <FormError error={regenerate.error} />
        <BusyButton
          variant="default"
          busy={regenerate.isPending}
          busyLabel={t('settings.twoFactor.regenerating')}
          onClick={() => regenerate.mutate(undefined, { onSuccess: ({ codes }) => onNewCodes(codes) })}
        >
          {t('settings.twoFactor.regenerate')}
        </BusyButton>
      </Stack>

      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="sm" align="flex-start">
          <Title order={3} size="h4">
            {t('settings.twoFactor.disableHeading')}
          </Title>
          <SecurityCodeField
            {...form.field('code')}
            label={t('settings.twoFactor.disableCode')}
            description={t('settings.twoFactor.disableHint')}
          />
          <FormError error={form.formError} />
          <SubmitButton pending={disable.isPending} pendingLabel={t('settings.twoFactor.disabling')} color="red.9">
            {t('settings.twoFactor.disable')}
          </SubmitButton>
        </Stack>
      </form>
    </Stack>
  );
}
