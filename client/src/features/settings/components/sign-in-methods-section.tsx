import type { SignInMethods } from '@commonroom/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';
import { oidcStartHref } from '../../auth';
import { useSession } from '../../auth';
import { useRemoveSignInMethod, useSignInMethods } from '../api/account.queries';
import { Section } from '../../../shared/components/section';

const ONLY_METHOD_HINT_ID = 'only-sign-in-method-hint';

/** The password and linked organisation accounts; the last way in cannot be removed. */
export function SignInMethodsSection() {
  const { t } = useTranslation();
  const methods = useSignInMethods();
  const providers = useSession().data?.providers ?? [];
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Section heading={t('settings.methods.heading')} headingRef={headingRef}>
      {methods.isPending && <LoadingState />}
      {methods.isError && <ErrorState error={methods.error} onRetry={() => void methods.refetch()} />}
      {methods.isSuccess && <MethodList methods={methods.data} headingRef={headingRef} />}
      {methods.isSuccess && (
        <LinkProviders
          providers={providers.filter((provider) => !methods.data.items.some((item) => item.provider === provider.id))}
        />
      )}
    </Section>
  );
}

interface MethodListProps {
  methods: SignInMethods;
  /** Focus goes back here once a removed method (and its button) has gone. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function MethodList({ methods, headingRef }: MethodListProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const remove = useRemoveSignInMethod();
  const [removedName, setRemovedName] = useState<string | null>(null);
  // The server refuses to remove the last way in (409); say why before anyone tries.
  const onlyOne = (methods.hasPassword ? 1 : 0) + methods.items.length === 1;

  return (
    <Stack gap="sm">
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {methods.hasPassword && (
          <li>
            <Text fw={700}>{t('settings.methods.password')}</Text>
          </li>
        )}
        {methods.items.map((method) => (
          <Group component="li" key={method.id} justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Text fw={700}>{method.providerName}</Text>
              {method.email && <Text size="sm">{method.email}</Text>}
              <Text size="sm" c="dimmed">
                {t('settings.methods.linkedOn', { date: formatDateTime(method.linkedAt) })}
              </Text>
            </Stack>
            <BusyButton
              variant="default"
              size="sm"
              aria-label={t('settings.methods.removeLabel', { name: method.providerName })}
              busy={remove.isPending && remove.variables === method.id}
              busyLabel={t('settings.methods.removing')}
              disabled={onlyOne}
              aria-describedby={onlyOne ? ONLY_METHOD_HINT_ID : undefined}
              onClick={() =>
                remove.mutate(method.id, {
                  onSuccess: () => {
                    setRemovedName(method.providerName);
                    headingRef.current?.focus();
                  },
                })
              }
            >
              {t('settings.methods.remove')}
            </BusyButton>
          </Group>
        ))}
      </Stack>
      {onlyOne && methods.items.length > 0 && (
        <Text size="sm" id={ONLY_METHOD_HINT_ID}>
          {t('settings.methods.onlyMethod')}
        </Text>
      )}
      <FormError error={remove.error} />
      <LiveMessage>
        {remove.isSuccess && removedName && t('settings.methods.removed', { name: removedName })}
      </LiveMessage>
    </Stack>
  );
}

function LinkProviders({ providers }: { providers: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  if (providers.length === 0) return null;
  return (
    <Stack gap="xs" align="flex-start">
      <Title order={3} size="h4">
        {t('settings.methods.linkHeading')}
      </Title>
      {providers.map((provider) => (
        // A full page load: the provider's sign-in page comes first, then back here.
        <Button
          key={provider.id}
          component="a"
          variant="default"
          href={oidcStartHref(provider.id, paths.settingsSecurity, true)}
        >
          {t('settings.methods.link', { name: provider.name })}
        </Button>
      ))}
    </Stack>
  );
}
