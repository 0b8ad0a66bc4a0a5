import { createThreadRequestSchema, MAX_TITLE_LENGTH } from '@commonroom/contracts';
import { Anchor, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { paths } from '../../../shared/routing/paths';
import { useLayoutCommunity } from '../../communities';
import { useCategoryPage, useCreateThread } from '../api/forums.queries';
import { Composer } from '../components/composer/composer';
import { ForumLoadError } from '../components/forum-load-error';

const MAX_TAGS = 5;

/** `/communities/:slug/forum/c/:categorySlug/new`: a title, up to five tags and the opening post. */
export function NewThreadPage() {
  const { t } = useTranslation();
  const community = useLayoutCommunity();
  const { categorySlug = '' } = useParams();
  const navigate = useNavigate();
  const listing = useCategoryPage(community.slug, categorySlug, { page: 1 });
  const create = useCreateThread(community.slug, categorySlug);
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ title?: string | undefined; tags?: string | undefined }>({});
  usePageTitle(
    t('forums.newThread.pageTitle', {
      name: listing.data?.category.name ?? t('forums.title'),
      community: community.name,
    }),
  );

  if (listing.isPending) return <LoadingState />;
  if (listing.isError)
    return (
      <ForumLoadError error={listing.error} onRetry={() => void listing.refetch()} communitySlug={community.slug} />
    );
  const { category, abilities } = listing.data;
  const back = (
    <Anchor component={Link} to={paths.forumCategory(community.slug, category.slug)} size="sm">
      {t('forums.newThread.back', { name: category.name })}
    </Anchor>
  );
  if (!abilities.startThread) {
    return (
      <Stack gap="sm">
        {back}
        <Text>{t('forums.newThread.notAllowed')}</Text>
      </Stack>
    );
  }

  /** Title and tags are checked here, with the contract's own rules, before anything is sent. */
  const submit = async (raw: string, idempotencyKey: string): Promise<'sent' | 'invalid'> => {
    const parsed = createThreadRequestSchema.safeParse({ title, tags, raw });
    if (!parsed.success) {
      const next: { title?: string; tags?: string } = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'title' || field === 'tags') && !next[field]) next[field] = issue.message;
      }
      setErrors(next);
      if (next.title) document.getElementById('new-thread-title')?.focus();
      if (Object.keys(next).length > 0) return 'invalid';
    }
    setErrors({});
    const created = await create.mutateAsync({ request: { title, tags, raw }, idempotencyKey });
    await navigate(paths.forumThread(created.communitySlug, created.id));
    return 'sent';
  };

  return (
    <Stack component="section" aria-labelledby="new-thread-heading" gap="md" maw={860}>
      {back}
      <Title order={2} id="new-thread-heading">
        {t('forums.newThread.heading', { name: category.name })}
      </Title>
      <TextInput
        id="new-thread-title"
        label={t('forums.newThread.title')}
        required
        maxLength={MAX_TITLE_LENGTH}
        value={title}
        error={errors.title}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <TagsInput
        label={t('forums.newThread.tags')}
        description={t('forums.newThread.tagsHint', { count: MAX_TAGS })}
        value={tags}
        onChange={setTags}
        maxTags={MAX_TAGS}
        splitChars={[',']}
        error={errors.tags}
        clearable={false}
      />
      <Composer
        communitySlug={community.slug}
        draftKey={`new-thread:${category.id}`}
        label={t('forums.newThread.body')}
        submitLabel={t('forums.newThread.submit')}
        pendingLabel={t('forums.newThread.pending')}
        title={title}
        submitContext={JSON.stringify([title, tags])}
        onDraftRestored={(draft) => setTitle(draft.title ?? '')}
        onDraftDiscarded={() => setTitle('')}
        onSubmit={submit}
      />
    </Stack>
  );
}
