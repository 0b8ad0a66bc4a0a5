import type { PrivateFeedCommunity } from '@commonroom/contracts';
import { Anchor, Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/confirm-dialog';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { Section } from '../../../shared/components/section';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';
import { Link } from 'react-router';
import { useFeedToken, useMakeFeedToken, useTurnOffFeedToken } from '../api/feeds.queries';
import { absolute } from '../feed-urls';

type Confirming = 'renew' | 'off' | null;

/** `/settings/feeds`: the person's private feed link: show and copy it, make a new one, turn it off. */
export function PrivateFeedsPage() {
  const { t } = useTranslation();
  usePageTitle(t('feeds.settings.title'));
  const state = useFeedToken();
  const make = useMakeFeedToken();
  const turnOff = useTurnOffFeedToken();
  const formatDateTime = useFormatDateTime();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [message, setMessage] = useState('');

  const renew = () =>
    make.mutate(undefined, {
      onSuccess: () => {
        setConfirming(null);
        setMessage(t('feeds.settings.made'));
      },
    });
  const off = () =>
    turnOff.mutate(undefined, {
      onSuccess: () => {
        setConfirming(null);
        setMessage(t('feeds.settings.turnedOff'));
      },
    });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('feeds.settings.title')}</Title>
      <Section heading={t('feeds.settings.heading')}>
        <Text>{t('feeds.settings.intro')}</Text>
        <Text>{t('feeds.settings.keepPrivate')}</Text>
        {state.isPending && <LoadingState />}
        {state.isError && <ErrorState error={state.error} onRetry={() => void state.refetch()} />}
        {state.isSuccess && !state.data.token && (
          <Group>
            <BusyButton busy={make.isPending} busyLabel={t('feeds.settings.making')} onClick={renew}>
              {t('feeds.settings.make')}
            </BusyButton>
          </Group>
        )}
        {state.isSuccess && state.data.token && (
          <>
            <Text size="sm" c="dimmed">
              {t('feeds.settings.createdAt', { when: formatDateTime(state.data.createdAt!) })}
            </Text>
            <CommunityFeeds communities={state.data.communities} />
            <Group>
              <Button variant="default" onClick={() => setConfirming('renew')}>
                {t('feeds.settings.renew')}
              </Button>
              <Button variant="default" color="red.9" onClick={() => setConfirming('off')}>
                {t('feeds.settings.turnOff')}
              </Button>
            </Group>
          </>
        )}
        <FormError error={make.error} />
        <LiveMessage>{message}</LiveMessage>
      </Section>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming === 'renew' ? t('feeds.settings.renewTitle') : t('feeds.settings.turnOffTitle')}
        confirmLabel={confirming === 'renew' ? t('feeds.settings.renew') : t('feeds.settings.turnOff')}
        busy={make.isPending || turnOff.isPending}
        error={confirming === 'renew' ? make.error : turnOff.error}
        onConfirm={confirming === 'renew' ? renew : off}
        onCancel={() => setConfirming(null)}
      >
        {confirming === 'renew' ? t('feeds.settings.renewBody') : t('feeds.settings.turnOffBody')}
      </ConfirmDialog>
    </Stack>
  );
}

/** One copyable link per community forum the person belongs to. */
function CommunityFeeds({ communities }: { communities: PrivateFeedCommunity[] }) {
  const { t } = useTranslation();
  if (communities.length === 0)
    return (
      <Text>
        {t('feeds.settings.noCommunities')}{' '}
        <Anchor component={Link} to={paths.communities}>
          {t('feeds.settings.findCommunities')}
        </Anchor>
      </Text>
    );
  return (
    <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {communities.map((community) => {
        const url = absolute(community.rssPath);
        return (
          <li key={community.slug}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('feeds.settings.linkLabel', { name: community.name })}
                value={url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button
                    variant="default"
                    onClick={copy}
                    aria-label={t('feeds.settings.copyLabel', { name: community.name })}
                  >
                    {copied ? t('feeds.settings.copied') : t('feeds.settings.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}
