import type { CommunityDetail } from '@commonroom/contracts';
import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { paths } from '../../../shared/routing/paths';
import { useCommunity } from '../api/communities.queries';
import { CommunityLoadError, CommunityNotFound } from '../components/community-not-found';
import { GeneralSettingsForm } from '../components/settings/general-settings-form';
import { InvitationsSection } from '../components/settings/invitations-section';
import { JoinRequestsSection } from '../components/settings/join-requests-section';
import { MemberSettingsSection } from '../components/settings/member-settings-section';
import { ToolSettingsForm } from '../components/settings/tool-settings-form';

/**
 * `/communities/:slug/settings`, for the community's facilitators. Anyone else sees "not found",
 * as the server answers them: the page does not confirm that a hidden community exists.
 */
export function CommunitySettingsPage() {
  const { slug = '' } = useParams();
  const community = useCommunity(slug);
  if (!community.data) {
    if (community.isError)
      return <CommunityLoadError error={community.error} onRetry={() => void community.refetch()} />;
    return <LoadingState />;
  }
  if (!community.data.viewer.abilities.manage) return <CommunityNotFound />;
  return <SettingsContent community={community.data} />;
}

function SettingsContent({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const { slug, name } = community;
  usePageTitle(t('communities.settings.title', { name }));
  return (
    <Stack gap="lg" maw={800}>
      <Anchor component={Link} to={paths.community(slug)}>
        {t('communities.settings.back', { name })}
      </Anchor>
      <Title order={1}>{t('communities.settings.heading', { name })}</Title>
      {/* Keyed by slug: the forms start from this community's saved values. */}
      <GeneralSettingsForm key={`general-${slug}`} community={community} />
      <ToolSettingsForm key={`tools-${slug}`} community={community} />
      <MemberSettingsSection slug={slug} />
      <JoinRequestsSection slug={slug} />
      <InvitationsSection slug={slug} />
    </Stack>
  );
}
