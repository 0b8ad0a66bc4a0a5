import type { CommunityDetail, ForumCategory, ForumIndex as ForumIndexData } from '@commonroom/contracts';
import { Anchor, Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../../shared/components/empty-state';
import { ErrorState } from '../../../../shared/components/error-state';
import { LiveMessage } from '../../../../shared/components/live-message';
import { LoadingState } from '../../../../shared/components/loading-state';
import { paths } from '../../../../shared/routing/paths';
import { FeedLinks } from '../../../feeds';
import { ConfirmDialog } from '../../../../shared/components/confirm-dialog';
import { useDeleteCategory, useForumIndex, useReorderCategories } from '../../api/forums.queries';
import { useForumActivity } from '../../live/use-forum-activity';
import { ForumError } from '../forum-error';
import { CategoryForm } from './category-form';
import { CategoryItem } from './category-item';

/** The forum tool's front page: its categories in the facilitators' order, kept current live. */
export function ForumIndex({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const index = useForumIndex(community.slug);
  useForumActivity(index.data?.community, index.data?.streamSeq);

  if (index.isPending) return <LoadingState />;
  if (index.isError) return <ErrorState error={index.error} onRetry={() => void index.refetch()} />;
  const { abilities, categories } = index.data;
  return (
    <Stack gap="md">
      {abilities.moderate && (
        <Group>
          <Anchor component={Link} to={paths.forumModeration(community.slug)}>
            {t('forums.moderation.link')}
          </Anchor>
          {index.data.openFlags > 0 && (
            <Badge color="red.9" radius="sm" tt="none">
              {t('forums.moderation.openFlags', { count: index.data.openFlags })}
            </Badge>
          )}
        </Group>
      )}
      {categories.length === 0 ? (
        <EmptyState title={t('forums.categories.empty')}>
          {abilities.manageCategories ? t('forums.categories.emptyManager') : t('forums.categories.emptyMember')}
        </EmptyState>
      ) : (
        <CategoryList index={index.data} />
      )}
      {abilities.manageCategories && <AddCategory communitySlug={community.slug} />}
      <FeedLinks community={community} subject={{ kind: 'forum' }} />
    </Stack>
  );
}

/** The categories, with move and delete for facilitators, each announced when it is done. */
function CategoryList({ index }: { index: ForumIndexData }) {
  const { t } = useTranslation();
  const slug = index.community.slug;
  const reorder = useReorderCategories(slug);
  const remove = useDeleteCategory(slug);
  const [message, setMessage] = useState('');
  const [deleting, setDeleting] = useState<ForumCategory | null>(null);
  const moveButtons = useRef(new Map<string, { up: HTMLButtonElement | null; down: HTMLButtonElement | null }>());
  const buttonsOf = (id: string) => {
    const existing = moveButtons.current.get(id);
    if (existing) return existing;
    const created = { up: null, down: null };
    moveButtons.current.set(id, created);
    return created;
  };

  const move = (position: number, delta: -1 | 1) => {
    const ids = index.categories.map((category) => category.id);
    const target = position + delta;
    const [moved] = ids.splice(position, 1);
    if (!moved) return;
    ids.splice(target, 0, moved);
    reorder.mutate(ids);
    const category = index.categories[position];
    setMessage(t('forums.categories.moved', { name: category?.name, position: target + 1, count: ids.length }));
    // At the top or bottom the pressed button is disabled: focus moves to its partner.
    const atEnd = target === 0 || target === ids.length - 1;
    if (atEnd) requestAnimationFrame(() => (target === 0 ? buttonsOf(moved).down : buttonsOf(moved).up)?.focus());
  };

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        setMessage(t('forums.categories.deleted', { name: deleting.name }));
        setDeleting(null);
      },
    });
  };

  return (
    <>
      <Stack
        component="ol"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('forums.categories.listLabel')}
      >
        {index.categories.map((category, position) => (
          <CategoryItem
            key={category.id}
            communitySlug={slug}
            category={category}
            manage={
              index.abilities.manageCategories
                ? {
                    isFirst: position === 0,
                    isLast: position === index.categories.length - 1,
                    onMove: (delta) => move(position, delta),
                    onDelete: () => {
                      remove.reset();
                      setDeleting(category);
                    },
                    moveUpRef: (element) => void (buttonsOf(category.id).up = element),
                    moveDownRef: (element) => void (buttonsOf(category.id).down = element),
                  }
                : undefined
            }
          />
        ))}
      </Stack>
      <ForumError error={reorder.error} />
      <LiveMessage>{message}</LiveMessage>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('forums.categories.deleteTitle', { name: deleting?.name })}
        confirmLabel={t('forums.categories.deleteConfirm')}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        {t('forums.categories.deleteBody')}
      </ConfirmDialog>
    </>
  );
}

function AddCategory({ communitySlug }: { communitySlug: string }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState('');
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="add-category-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="add-category-heading">
          {t('forums.categories.addHeading')}
        </Title>
        <CategoryForm
          communitySlug={communitySlug}
          onDone={(category) => setAdded(t('forums.categories.added', { name: category.name }))}
        />
        <LiveMessage>{added}</LiveMessage>
      </Stack>
    </Paper>
  );
}
