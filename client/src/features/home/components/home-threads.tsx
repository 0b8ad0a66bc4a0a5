import type { HomeThreadPage } from '@commonroom/contracts';
import { Button, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { ThreadActivityList } from '../../../shared/components/thread-activity-list';
import { useMoreThreads } from '../api/home.queries';

type Filter = 'unread' | 'latest';

/**
 * Unread and Latest, as Discourse has them. Unread comes first when there is any: on a phone it is
 * the first thing on the screen, because it is why a busy teacher opened the page.
 */
export function HomeThreads({ unread, latest }: { unread: HomeThreadPage; latest: HomeThreadPage }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Filter>(unread.items.length > 0 ? 'unread' : 'latest');
  const unreadLabel = t(unread.nextCursor ? 'home.signedIn.unreadMore' : 'home.signedIn.unread', {
    count: unread.items.length,
  });
  return (
    <Tabs value={tab} onChange={(value) => setTab(value === 'latest' ? 'latest' : 'unread')} keepMounted={false}>
      <Tabs.List aria-label={t('home.signedIn.threadsLabel')}>
        <Tabs.Tab value="unread" fw={600}>
          {unreadLabel}
        </Tabs.Tab>
        <Tabs.Tab value="latest" fw={600}>
          {t('home.signedIn.latest')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="unread" pt="sm">
        <ThreadPanel filter="unread" first={unread} label={unreadLabel} />
      </Tabs.Panel>
      <Tabs.Panel value="latest" pt="sm">
        <ThreadPanel filter="latest" first={latest} label={t('home.signedIn.latest')} />
      </Tabs.Panel>
    </Tabs>
  );
}

function ThreadPanel({ filter, first, label }: { filter: Filter; first: HomeThreadPage; label: string }) {
  const { t } = useTranslation();
  const more = useMoreThreads(filter, first);
  if (more.items.length === 0)
    return (
      <EmptyState title={t(`home.signedIn.${filter}EmptyTitle`)}>{t(`home.signedIn.${filter}EmptyBody`)}</EmptyState>
    );
  return (
    <Stack gap="sm" align="flex-start">
      <ThreadActivityList threads={more.items} label={label} />
      {more.error && <ErrorState error={more.error} onRetry={more.loadMore} />}
      {more.hasMore && (
        <Button variant="default" onClick={more.loadMore} loading={more.isLoading}>
          {t('home.threads.more')}
        </Button>
      )}
    </Stack>
  );
}
