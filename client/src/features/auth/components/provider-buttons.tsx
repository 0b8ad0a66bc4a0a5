import { Button, Divider, Stack } from '@mantine/core';
import type { SessionState } from '@commonroom/contracts';
import { useTranslation } from 'react-i18next';
import { oidcStartHref } from '../api/auth.api';

interface ProviderButtonsProps {
  providers: SessionState['providers'];
  /** Where the server sends the browser back to once signed in. */
  returnTo: string;
}

/** "Sign in with …" for each identity provider: full-page links, as the server redirects. */
export function ProviderButtons({ providers, returnTo }: ProviderButtonsProps) {
  const { t } = useTranslation();
  if (providers.length === 0) return null;
  return (
    <Stack gap="sm">
      <Divider label={t('auth.signIn.otherWays')} labelPosition="center" />
      {providers.map((provider) => (
        <Button key={provider.id} component="a" href={oidcStartHref(provider.id, returnTo)} variant="default">
          {t('auth.signIn.withProvider', { name: provider.name })}
        </Button>
      ))}
    </Stack>
  );
}
