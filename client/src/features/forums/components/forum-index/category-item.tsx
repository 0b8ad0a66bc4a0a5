import type { ForumCategory } from '@commonroom/contracts';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../../shared/i18n/format-date';
import { paths } from '../../../../shared/routing/paths';
import { useWatchCategory } from '../../api/forums.queries';
import { WatchLevelMenu } from '../watch-level-menu';
import { CategoryForm } from './category-form';

export interface CategoryManagement {
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  moveUpRef: Ref<HTMLButtonElement>;
  moveDownRef: Ref<HTMLButtonElement>;
}

interface CategoryItemProps {
  communitySlug: string;
  category: ForumCategory;
  /** Present for facilitators: edit, move and delete. */
  manage?: CategoryManagement | undefined;
}

/** One category of the index: what it is for, how busy it is, and what the viewer has not read. */
export function CategoryItem({ communitySlug, category, manage }: CategoryItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const watch = useWatchCategory(communitySlug);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={3} size="h4">
              <Anchor component={Link} to={paths.forumCategory(communitySlug, category.slug)}>
                {category.name}
              </Anchor>
            </Title>
            {category.description && <Text>{category.description}</Text>}
          </Stack>
          <WatchLevelMenu
            level={category.watchLevel}
            subject={category.name}
            busy={watch.isPending}
            onChange={(level) => watch.mutate({ categoryId: category.id, level })}
          />
        </Group>
        <Group gap="md">
          <Text size="sm" c="dimmed">
            {t('forums.categories.counts', {
              threads: t('forums.categories.threads', { count: category.threadCount }),
              posts: t('forums.categories.posts', { count: category.postCount }),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {category.lastActivityAt
              ? t('forums.categories.lastActivity', { date: formatDateTime(category.lastActivityAt) })
              : t('forums.categories.noActivity')}
          </Text>
          {category.unreadThreads > 0 && (
            <Badge variant="filled" radius="sm" tt="none">
              {t('forums.categories.unread', { count: category.unreadThreads })}
            </Badge>
          )}
        </Group>
        {manage && !editing && (
          <Group gap="xs" role="group" aria-label={t('forums.categories.manageLabel', { name: category.name })}>
            <Button
              ref={editButton}
              variant="default"
              size="compact-sm"
              onClick={() => setEditing(true)}
              aria-label={t('forums.categories.editLabel', { name: category.name })}
            >
              {t('forums.categories.edit')}
            </Button>
            <Button
              ref={manage.moveUpRef}
              variant="default"
              size="compact-sm"
              disabled={manage.isFirst}
              onClick={() => manage.onMove(-1)}
              aria-label={t('forums.categories.moveUpLabel', { name: category.name })}
            >
              {t('forums.categories.moveUp')}
            </Button>
            <Button
              ref={manage.moveDownRef}
              variant="default"
              size="compact-sm"
              disabled={manage.isLast}
              onClick={() => manage.onMove(1)}
              aria-label={t('forums.categories.moveDownLabel', { name: category.name })}
            >
              {t('forums.categories.moveDown')}
            </Button>
            {category.threadCount === 0 && (
              <Button
                variant="default"
                color="red.9"
                size="compact-sm"
                onClick={manage.onDelete}
                aria-label={t('forums.categories.deleteLabel', { name: category.name })}
              >
                {t('forums.categories.delete')}
              </Button>
            )}
          </Group>
        )}
        {manage && editing && (
          <CategoryForm communitySlug={communitySlug} category={category} onDone={stopEditing} onCancel={stopEditing} />
        )}
      </Stack>
    </Paper>
  );
}
