import { communityToolSchema } from '@commonroom/contracts';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { paths } from '../../../shared/routing/paths';
import { useCommunityTerms } from '../community-terms';
import { MembersTool } from '../components/members-tool';
import { ForumIndex } from '../../forums/components/forum-index/forum-index';
import { useLayoutCommunity } from './community-layout';

/**
 * `/communities/:slug/:tool`. A tool the community has switched off (or no tool at all) is not
 * found, exactly as the server treats it. The tools still to be built say so honestly; the
 * forum's deeper pages are routes of their own (`features/forums/routes.tsx`).
 */
export function CommunityToolPage() {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const community = useLayoutCommunity();
  const tool = communityToolSchema.safeParse(useParams().tool).data;
  const enabled = tool !== undefined && community.tools.includes(tool);
  const heading = enabled ? terms.tool(tool) : t('communities.tools.notFoundHeading');
  usePageTitle(t('communities.tools.pageTitle', { tool: heading, name: community.name }));

  const content = () => {
    if (!enabled) {
      return (
        <>
          <Text>{t('communities.tools.notFoundBody')}</Text>
          <Anchor component={Link} to={paths.community(community.slug)}>
            {t('communities.tools.backHome', { name: community.name })}
          </Anchor>
        </>
      );
    }
    if (!community.viewer.abilities.read) return <Text>{t('communities.home.membersOnly')}</Text>;
    if (tool === 'members') return <MembersTool community={community} />;
    if (tool === 'forum') return <ForumIndex community={community} />;
    return <EmptyState title={t(`communities.tools.comingSoon.${tool}`)}>{t('communities.tools.comingSoonBody')}</EmptyState>;
  };

  return (
    <Stack component="section" aria-labelledby="tool-heading" gap="md">
      <Title order={2} id="tool-heading">
        {heading}
      </Title>
      {content()}
    </Stack>
  );
}
