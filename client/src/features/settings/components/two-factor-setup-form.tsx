import { totpEnableRequestSchema, type TotpSetup } from '@commonroom/contracts';
import { Button, Code, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useEnableTwoFactor } from '../api/account.queries';
import { SecurityCodeField } from '../../../shared/forms/security-code-field';

interface TwoFactorSetupFormProps {
  setup: TotpSetup;
  onEnabled: (codes: string[]) => void;
  onCancel: () => void;
}

/** The server's SVG as an image source: shown as a picture, never inserted as markup. */
function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** Scan the QR code (or type the key), then prove it works with a code from the app. */
export function TwoFactorSetupForm({ setup, onEnabled, onCancel }: TwoFactorSetupFormProps) {
  const { t } = useTranslation();
  const enable = useEnableTwoFactor();
  const form = useSchemaForm({ schema: totpEnableRequestSchema, initialValues: { code: '' } });
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Replaces the button that was pressed: start reading from the first step.
  useEffect(() => headingRef.current?.focus(), []);

  const submit = form.handleSubmit(({ code }) => {
    if (enable.isPending) return;
    enable.mutate(code, { onSuccess: ({ codes }) => onEnabled(codes), onError: form.showServerError });
  });

  return (
    <Stack gap="md">
      <Title order={3} size="h4" ref={headingRef} tabIndex={-1}>
        {t('settings.twoFactor.setupHeading')}
      </Title>
      <Text>{t('settings.twoFactor.scan')}</Text>
      <Image src={svgDataUrl(setup.qrSvg)} alt={t('settings.twoFactor.qrAlt')} w={200} h={200} bg="white" />
      <Text>{t('settings.twoFactor.manual')}</Text>
      <Code block fz="md" style={{ wordBreak: 'break-all' }}>
        {setup.secret}
      </Code>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md" align="flex-start">
          <SecurityCodeField
            digitsOnly
            {...form.field('code')}
            label={t('settings.twoFactor.code')}
            description={t('settings.twoFactor.codeHint')}
          />
          <FormError error={form.formError} />
          <Group>
            <SubmitButton pending={enable.isPending} pendingLabel={t('settings.twoFactor.enabling')}>
              {t('settings.twoFactor.enable')}
            </SubmitButton>
            <Button variant="default" onClick={onCancel}>
              {t('settings.twoFactor.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
