import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useLayoutCommunity } from '../../communities';

/**
 * Around every forum page below the index: a community without the forum tool has no forum
 * pages (exactly as the server answers 404), and only those who may read it see inside.
 */
export function ForumGate() {
  const { t } = useTranslation();
  const community = useLayoutCommunity();
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
  if (!community.viewer.abilities.read) return <Text>{t('communities.home.membersOnly')}</Text>;
  return <Outlet context={community} />;
}
