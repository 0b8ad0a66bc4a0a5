import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { SignInPrompt } from '../../../shared/components/sign-in-prompt';
import { paths } from '../../../shared/routing/paths';
import { useCurrentUser } from '../../auth';
import { useLayoutCommunity } from '../../communities';
import { ThreadTeaserGate } from './thread-teaser-gate';

/**
 * Around every forum page below the index: a community without the forum tool has no forum
 * pages (exactly as the server answers 404), and only those who may read it see inside. A
 * signed-out visitor is offered sign-in that comes back to this very page (and post): on a
 * thread they may not read they see its title first; in a community anyone may read, they read
 * and are invited to sign in to take part.
 */
export function ForumGate() {
  const { t } = useTranslation();
  const community = useLayoutCommunity();
  const signedOut = useCurrentUser() === null;
  const { threadId } = useParams();
  const location = useLocation();
  const here = location.pathname + location.search + location.hash;
  if (!community.tools.includes('forum')) {
    return (
      <Stack gap="md">
        <Title order={2}>{t('communities.tools.notFoundHeading')}</Title>
        <Text>{t('communities.tools.notFoundBody')}</Text>
        <Anchor component={Link} to={paths.community(community.slug)}>
          {t('communities.tools.backHome', { name: community.name })}
        </Anchor>
      </Stack>
    );
  }
  if (!community.viewer.abilities.read) {
    if (!signedOut) return <Text>{t('communities.home.membersOnly')}</Text>;
    if (threadId) return <ThreadTeaserGate threadId={threadId} returnTo={here} communitySlug={community.slug} />;
    return (
      <SignInPrompt returnTo={here} message={t('publicReading.signInToRead')} action={t('publicReading.signIn')} />
    );
  }
  return (
    <Stack gap="xl">
      <Outlet context={community} />
      {signedOut && (
        <SignInPrompt
          returnTo={here}
          message={t('publicReading.signInToTakePart')}
          action={t('publicReading.signIn')}
        />
      )}
    </Stack>
  );
}
