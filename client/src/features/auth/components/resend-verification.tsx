import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/forms/busy-button';
import { useDescribeError } from '../../../shared/i18n/error-messages';
import { useResendVerificationEmail } from '../api/auth.queries';

interface ResendVerificationProps {
  email: string;
}

/** Offered when sign-in fails because the address is not confirmed yet. */
export function ResendVerification({ email }: ResendVerificationProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const resend = useResendVerificationEmail();
  return (
    <Stack gap="xs" mt="sm" align="flex-start">
      <BusyButton
        variant="default"
        busy={resend.isPending}
        busyLabel={t('auth.signIn.resending')}
        onClick={() => resend.mutate(email)}
      >
        {t('auth.signIn.resend')}
      </BusyButton>
      <div role="status">
        {resend.isSuccess && <Text>{resend.data.message}</Text>}
        {resend.isError && <Text>{describe(resend.error).message}</Text>}
      </div>
    </Stack>
  );
}
