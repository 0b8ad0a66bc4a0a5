import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { buildUrl } from '../../../shared/api/api-client';
import { EmptyState } from '../../../shared/components/empty-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { ResultsPagination } from '../../../shared/components/results-pagination';
import { paths } from '../../../shared/routing/paths';
import { pageFromSearch } from '../../../shared/routing/paging';
import { useLayoutCommunity } from '../../communities';
import { FeedLinks } from '../../feeds';
import { useCategoryPage, useForumIndex, useWatchCategory } from '../api/forums.queries';
import { ThreadList } from '../components/category/thread-list';
import { ForumLoadError } from '../components/forum-load-error';
import { WatchLevelMenu } from '../components/watch-level-menu';
import { useForumActivity } from '../live/use-forum-activity';

/** `/communities/:slug/forum/c/:categorySlug?page=&tag=`: a category's threads, kept current live. */
export function CategoryPage() {
  const { t } = useTranslation();
  const community = useLayoutCommunity();
  const { categorySlug = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = pageFromSearch(searchParams);
  const tag = searchParams.get('tag') || undefined;
  const listing = useCategoryPage(community.slug, categorySlug, { page, tag });
  // The index holds the community stream's position (and is usually cached from the way here).
  const index = useForumIndex(community.slug);
  useForumActivity(index.data?.community, index.data?.streamSeq);
  const watch = useWatchCategory(community.slug);
  const name = listing.data?.category.name ?? t('forums.title');
  usePageTitle(t('forums.categoryPage.pageTitle', { name, community: community.name }));

  if (listing.isPending) return <LoadingState />;
  if (listing.isError)
    return (
      <ForumLoadError error={listing.error} onRetry={() => void listing.refetch()} communitySlug={community.slug} />
    );
  const { category, threads, abilities } = listing.data;
  const href = (next: { page?: number; tag?: string | undefined }) =>
    buildUrl(paths.forumCategory(community.slug, category.slug), {
      tag: next.tag,
      page: next.page && next.page > 1 ? next.page : undefined,
    });

  return (
    <Stack component="section" aria-labelledby="category-heading" gap="md">
      <Anchor component={Link} to={paths.forum(community.slug)} size="sm">
        {t('forums.categoryPage.allCategories')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} id="category-heading">
            {category.name}
          </Title>
          {category.description && <Text>{category.description}</Text>}
        </Stack>
        <Group gap="sm">
          <WatchLevelMenu
            level={category.watchLevel}
            subject={category.name}
            busy={watch.isPending}
            onChange={(level) => watch.mutate({ categoryId: category.id, level })}
          />
          {abilities.startThread && (
            <Button component={Link} to={paths.forumNewThread(community.slug, category.slug)}>
              {t('forums.categoryPage.startThread')}
            </Button>
          )}
        </Group>
      </Group>
      {tag && (
        <Group gap="sm">
          <Text>{t('forums.categoryPage.taggedWith', { tag })}</Text>
          <Anchor component={Link} to={href({})}>
            {t('forums.categoryPage.allThreads')}
          </Anchor>
        </Group>
      )}
      <FeedLinks
        community={community}
        subject={tag ? { kind: 'tag', tag } : { kind: 'category', categorySlug: category.slug, name: category.name }}
      />
      <div aria-busy={listing.isPlaceholderData}>
        {threads.items.length === 0 ? (
          <EmptyState title={tag ? t('forums.categoryPage.emptyTagged', { tag }) : t('forums.categoryPage.empty')} />
        ) : (
          <ThreadList communitySlug={community.slug} threads={threads.items} tagHref={(next) => href({ tag: next })} />
        )}
        <ResultsPagination
          page={page}
          pageSize={threads.pageSize}
          total={threads.total}
          pageHref={(next) => href({ page: next, tag })}
        />
      </div>
    </Stack>
  );
}
