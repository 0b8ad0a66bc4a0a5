import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DevMailNote } from './dev-mail-note';

interface CheckYourEmailProps {
  /** The server's message, the same whether or not the address has an account. */
  message: string;
}

/**
 * Replaces a form once an email is on its way. Takes focus, because the form (and the button
 * that had focus) has gone.
 */
export function CheckYourEmail({ message }: CheckYourEmailProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="sm">
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {t('auth.checkEmail.title')}
      </Title>
      <Text>{message}</Text>
      <Text>{t('auth.checkEmail.help')}</Text>
      <DevMailNote />
    </Stack>
  );
}
