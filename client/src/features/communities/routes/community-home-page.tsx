import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/components/page-title';
import { CommunityActivity, NeedsYouPanel } from '../components/community-activity';
import { SubcommunityList } from '../components/subcommunity-list';
import { WelcomeMessage } from '../components/welcome-message';
import { useLayoutCommunity } from './community-layout';

/** `/communities/:slug`: what needs a facilitator, recent threads, the welcome, then the sub-communities. */
export function CommunityHomePage() {
  const { t } = useTranslation();
  const community = useLayoutCommunity();
  usePageTitle(community.name);
  const { role, abilities } = community.viewer;
  const welcome = role !== null ? community.welcomeMessage : null;
  return (
    <Stack gap="xl">
      <NeedsYouPanel community={community} />
      <CommunityActivity community={community} />
      {welcome && <WelcomeMessage message={welcome} />}
      {!welcome && abilities.read && community.tools.length > 0 && <Text>{t('communities.home.toolsHint')}</Text>}
      {!abilities.read && <Text>{t('communities.home.membersOnly')}</Text>}
      <SubcommunityList community={community} />
    </Stack>
  );
}
