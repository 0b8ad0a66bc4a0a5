import type { Notification } from '@commonroom/contracts';
import { ActionIcon, Anchor, Badge, Button, Group, Popover, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { paths } from '../../../shared/routing/paths';
import { useBell, useLatestNotifications, useMarkAllRead, useMarkRead } from '../api/notifications.queries';
import { useBellLive } from '../live/use-bell-live';
import { NoticeItem } from './notice-item';
import { LineIcon } from '../../../shared/components/line-icon';

/**
 * The bell in the header: the unread count, live over the person's stream and asked again on
 * focus; it opens the latest notices with "Mark all read" and "See all".
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const bell = useBell(Boolean(me));
  useBellLive(me?.id, bell.data);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  if (!me) return null;
  const count = bell.data?.unreadCount ?? 0;
  return (
    <>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={360}
        shadow="md"
        trapFocus
        withRoles={false}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size={40}
            pos="relative"
            // The count only once it is known: "0 unread" while loading would be untrue.
            aria-label={bell.data ? t('notifications.bellLabel', { count }) : t('notifications.title')}
            aria-expanded={opened}
            aria-controls={opened ? panelId : undefined}
            onClick={() => setOpened((open) => !open)}
          >
            <BellIcon />
            {count > 0 && (
              <Badge size="xs" circle color="red.9" pos="absolute" top={2} right={0} aria-hidden="true">
                {count > 99 ? '99+' : count}
              </Badge>
            )}
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown
          id={panelId}
          role="dialog"
          aria-label={t('notifications.title')}
          p="xs"
          maw="calc(100vw - 16px)"
        >
          <BellPanel unread={count} onClose={() => setOpened(false)} />
        </Popover.Dropdown>
      </Popover>
      <CountAnnouncer count={bell.data?.unreadCount} />
    </>
  );
}

function BellPanel({ unread, onClose }: { unread: number; onClose: () => void }) {
  const { t } = useTranslation();
  const latest = useLatestNotifications(true);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const open = (notice: Notification) => {
    if (!notice.read) markRead.mutate([notice.id]);
    onClose();
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" px="xs">
        <Title order={2} size="h5">
          {t('notifications.title')}
        </Title>
        {unread > 0 && (
          <Button
            variant="subtle"
            size="compact-sm"
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined)}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {latest.isPending ? (
        <LoadingState />
      ) : latest.isError ? (
        <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
      ) : latest.data.items.length === 0 ? (
        <Text size="sm" px="xs" py="sm">
          {t('notifications.emptyAll')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} p={0} m={0} mah="60vh" style={{ listStyle: 'none', overflowY: 'auto' }}>
          {latest.data.items.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} onOpen={open} />
          ))}
        </Stack>
      )}
      <Anchor component={Link} to={paths.notifications} onClick={onClose} px="xs" py={4} fw={600} size="sm">
        {t('notifications.seeAll')}
      </Anchor>
    </Stack>
  );
}

/** Says a rise in the count aloud once (not on the first load, not when it falls as things are read). */
function CountAnnouncer({ count }: { count: number | undefined }) {
  const { t } = useTranslation();
  const previous = useRef(count);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (count !== undefined && previous.current !== undefined && count > previous.current)
      setMessage(t('notifications.arrived', { count }));
    previous.current = count;
  }, [count, t]);
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {message}
    </VisuallyHidden>
  );
}

function BellIcon() {
  return (
    <LineIcon size={22}>
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </LineIcon>
  );
}
