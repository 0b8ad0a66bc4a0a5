import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { SignInPrompt } from '../../../shared/components/sign-in-prompt';
import { useThreadTeaser } from '../api/thread.queries';
import { ForumLoadError } from '../components/forum-load-error';

interface TeaserGateProps {
  threadId: string;
  returnTo: string;
  communitySlug: string;
}

/**
 * A shared link to a members-only thread, opened signed out: the thread's title and community
 * (all the server tells anyone who may not read it) and a sign-in that returns to the post.
 */
export function ThreadTeaserGate({ threadId, returnTo, communitySlug }: TeaserGateProps) {
  const { t } = useTranslation();
  const teaser = useThreadTeaser(threadId);
  usePageTitle(
    teaser.data
      ? t('forums.thread.pageTitle', { title: teaser.data.title, community: teaser.data.community.name })
      : t('publicReading.signIn'),
  );
  if (teaser.isPending) return <LoadingState />;
  if (teaser.isError)
    return <ForumLoadError error={teaser.error} onRetry={() => void teaser.refetch()} communitySlug={communitySlug} />;
  return (
    <Stack component="section" aria-labelledby="teaser-heading" gap="md">
      <Title order={2} id="teaser-heading">
        {teaser.data.title}
      </Title>
      <Text c="dimmed">{t('publicReading.inCommunity', { community: teaser.data.community.name })}</Text>
      <SignInPrompt
        returnTo={returnTo}
        message={t('publicReading.membersOnlyThread')}
        action={t('publicReading.signInToReadAction')}
      />
    </Stack>
  );
}
