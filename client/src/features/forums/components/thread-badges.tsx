import type { ThreadSummary } from '@commonroom/contracts';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type BadgeState = Pick<ThreadSummary, 'pinned' | 'locked' | 'answered' | 'deleted'>;

/** Pinned, answered, locked and deleted, in words, in the app's high-contrast badge styles. */
export function ThreadBadges({ thread }: { thread: BadgeState }) {
  const { t } = useTranslation();
  const badges = [
    thread.pinned && { key: 'pinned', variant: 'light', label: t('forums.badges.pinned') },
    thread.answered && { key: 'answered', variant: 'light', label: t('forums.badges.answered') },
    thread.locked && { key: 'locked', variant: 'default', label: t('forums.badges.locked') },
    thread.deleted && { key: 'deleted', variant: 'default', label: t('forums.badges.deleted') },
  ].filter((badge) => badge !== false);
  if (badges.length === 0) return null;
  return (
    <Group gap={6}>
      {badges.map((badge) => (
        <Badge key={badge.key} variant={badge.variant} radius="sm" tt="none">
          {badge.label}
        </Badge>
      ))}
    </Group>
  );
}
