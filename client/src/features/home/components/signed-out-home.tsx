import type { PublicHome } from '@commonroom/contracts';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';
import { DirectoryOverviewSection } from '../../organisations';
import { usePublicHome } from '../api/home.queries';

/** For a visitor: what Commonroom is for, the two ways in, and communities worth joining. */
export function SignedOutHome() {
  const { t } = useTranslation();
  // What follows the communities comes once they are here: drawn sooner, the arriving list would
  // push it down the screen (a layout shift).
  const communitiesShown = !usePublicHome().isPending;
  return (
    <Stack gap="xl">
      <Stack gap="sm" maw={720}>
        <Title order={1}>{t('home.heading')}</Title>
        <Text fz="lg">{t('home.intro')}</Text>
        <Group gap="sm">
          <Button component={Link} to={paths.signUp} size="md">
            {t('home.signedOut.createAccount')}
          </Button>
          <Button component={Link} to={paths.signIn} size="md" variant="default">
            {t('home.signedOut.signIn')}
          </Button>
        </Group>
      </Stack>
      <OpenCommunities />
      {communitiesShown && <DirectoryOverviewSection />}
    </Stack>
  );
}

function OpenCommunities() {
  const { t } = useTranslation();
  const query = usePublicHome();
  return (
    <Stack component="section" aria-labelledby="open-communities-heading" gap="sm">
      <Title order={2} id="open-communities-heading">
        {t('home.signedOut.communitiesHeading')}
      </Title>
      <Text>{t('home.signedOut.communitiesIntro')}</Text>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.communities.length === 0 && (
        <EmptyState title={t('home.signedOut.emptyTitle')}>{t('home.signedOut.emptyBody')}</EmptyState>
      )}
      {query.data && query.data.communities.length > 0 && <CommunityCards data={query.data} />}
      {!query.isPending && (
        <Anchor component={Link} to={paths.communities} fw={600}>
          {t('home.signedOut.browse')}
        </Anchor>
      )}
    </Stack>
  );
}

function CommunityCards({ data }: { data: PublicHome }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {data.communities.map((community) => (
        <Paper component="li" key={community.id} withBorder p="md" radius="md">
          <Stack gap={4}>
            <Title order={3} size="h4">
              <Anchor component={Link} to={paths.community(community.slug)} display="inline-block" lh="24px">
                {community.name}
              </Anchor>
            </Title>
            {community.description && <Text>{community.description}</Text>}
            <Text size="sm" c="dimmed">
              {t('home.signedOut.members', { count: community.memberCount })}
              {' · '}
              {community.lastActivityAt
                ? t('home.signedOut.lastActivity', { time: formatDateTime(community.lastActivityAt) })
                : t('home.signedOut.noActivity')}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
