import { NOTIFICATION_KINDS, type Notification, type NotificationKind } from '@commonroom/contracts';
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { groupByProvider } from '../../../shared/components/provider-groups';
import type { NotificationFilters } from '../api/notifications.api';
import { useMarkAllRead, useMarkRead, useMyCommunities, useNotificationList } from '../api/notifications.queries';
import { NoticeItem } from '../components/notice-item';

const KIND_IDS = NOTIFICATION_KINDS.map((kind) => kind.id) as string[];

/** The filters as the address holds them (`?filter=unread&kind=reply&community=<id>`); anything unknown is ignored. */
function useFilters(): [
  NotificationFilters,
  (change: Partial<Record<'filter' | 'kind' | 'community', string | null>>) => void,
] {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const filters: NotificationFilters = {
    filter: params.get('filter') === 'unread' ? 'unread' : 'all',
    kind: kind && KIND_IDS.includes(kind) ? (kind as NotificationKind) : undefined,
    communityId: params.get('community') ?? undefined,
  };
  const change = (next: Partial<Record<'filter' | 'kind' | 'community', string | null>>) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next))
          if (value && !(key === 'filter' && value === 'all')) updated.set(key, value);
          else updated.delete(key);
        return updated;
      },
      { replace: true },
    );
  return [filters, change];
}

/** `/notifications`: everything I have been told about, newest first, with filters and mark read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [filters, change] = useFilters();
  const list = useNotificationList(filters);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  const open = (notice: Notification) => !notice.read && markRead.mutate([notice.id]);
  return (
    <Stack gap="md" maw={760}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={1}>{t('notifications.title')}</Title>
        {unread > 0 && (
          <Button variant="default" loading={markAll.isPending} onClick={() => markAll.mutate(filters.communityId)}>
            {filters.communityId ? t('notifications.markCommunityRead') : t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      <NotificationFiltersBar filters={filters} onChange={change} />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={filters.filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.emptyAll')}>
          {t('notifications.emptyHint')}
        </EmptyState>
      ) : (
        <Paper withBorder radius="md" p={4}>
          <Stack
            component="ul"
            gap={0}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('notifications.listLabel')}
          >
            {items.map((notice) => (
              <NoticeItem key={notice.id} notice={notice} onOpen={open} />
            ))}
          </Stack>
        </Paper>
      )}
      {list.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('notifications.showMore')}
        </Button>
      )}
    </Stack>
  );
}

interface FiltersBarProps {
  filters: NotificationFilters;
  onChange: (change: Partial<Record<'filter' | 'kind' | 'community', string | null>>) => void;
}

/** Unread or all, what kind, and where: communities under their lead provider, so four providers stay apart. */
function NotificationFiltersBar({ filters, onChange }: FiltersBarProps) {
  const { t } = useTranslation();
  const communities = useMyCommunities().data?.items ?? [];
  const communityOptions = groupByProvider(communities).map(({ provider, communities: members }) => ({
    group: provider ? t('communities.groups.provider', { name: provider.name }) : t('communities.groups.others'),
    items: members.map((community) => ({ value: community.id, label: community.name })),
  }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label={t('notifications.filters.show')}
        value={filters.filter}
        onChange={(value) => onChange({ filter: value })}
        data={[
          { value: 'all', label: t('notifications.filters.all') },
          { value: 'unread', label: t('notifications.filters.unread') },
        ]}
      />
      <Select
        label={t('notifications.filters.kind')}
        placeholder={t('notifications.filters.anyKind')}
        clearable
        value={filters.kind ?? null}
        onChange={(value) => onChange({ kind: value })}
        data={NOTIFICATION_KINDS.map((kind) => ({ value: kind.id, label: t(`notifications.kinds.${kind.id}`) }))}
        w={{ base: '100%', xs: 200 }}
      />
      <Select
        label={t('notifications.filters.community')}
        placeholder={t('notifications.filters.anyCommunity')}
        clearable
        searchable
        value={filters.communityId ?? null}
        onChange={(value) => onChange({ community: value })}
        data={communityOptions}
        nothingFoundMessage={<Text size="sm">{t('notifications.filters.noCommunity')}</Text>}
        w={{ base: '100%', xs: 260 }}
      />
    </Group>
  );
}
