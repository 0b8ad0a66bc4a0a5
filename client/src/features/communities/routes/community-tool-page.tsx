import { communityToolSchema, isBuiltCommunityTool } from '@commonroom/contracts';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { usePageTitle } from '../../../shared/components/page-title';
import { SignInPrompt } from '../../../shared/components/sign-in-prompt';
import { paths } from '../../../shared/routing/paths';
import { useCurrentUser } from '../../auth';
import { useCommunityTerms } from '../community-terms';
import { MembersTool } from '../components/members-tool';
import type { CommunityToolFeature } from '../community-tools';
import { useLayoutCommunity } from './community-layout';

/**
 * `/communities/:slug/:tool`. A tool the community has switched off (or no tool at all) is not
 * found, exactly as the server treats it, and so is a tool that is not built yet, even if stored
 * data has it on. A tool built as its own feature (the forum) brings its page and deeper routes
 * (`CommunityToolFeature`).
 */
export function CommunityToolPage({ tools }: { tools: CommunityToolFeature[] }) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const community = useLayoutCommunity();
  const tool = communityToolSchema.safeParse(useParams().tool).data;
  const ToolPage = tools.find((feature) => feature.tool === tool)?.page;
  const built = tool === 'members' || ToolPage !== undefined;
  const enabled = tool !== undefined && isBuiltCommunityTool(tool) && built && community.tools.includes(tool);
  const signedOut = useCurrentUser() === null;
  const { pathname } = useLocation();
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
    // Reading without signing in never shows who the members are (ADR 0015).
    if (tool === 'members' && signedOut) {
      const message = t('publicReading.signInToSeeMembers');
      return <SignInPrompt returnTo={pathname} message={message} action={t('publicReading.signIn')} />;
    }
    if (tool === 'members') return <MembersTool community={community} />;
    return ToolPage && <ToolPage community={community} />;
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
