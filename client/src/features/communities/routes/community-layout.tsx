import type { CommunityDetail } from '@commonroom/contracts';
import { Divider, Stack } from '@mantine/core';
import { Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { LoadingState } from '../../../shared/components/loading-state';
import { useCommunity } from '../api/communities.queries';
import { CommunityHeader } from '../components/community-header';
import { CommunityLoadError } from '../components/community-not-found';
import { ToolNav } from '../components/tool-nav';

/** `/communities/:slug/*`: the community's header and tool navigation around its home or a tool. */
export function CommunityLayout() {
  const { slug = '' } = useParams();
  const community = useCommunity(slug);
  const { pathname } = useLocation();
  const atHome = pathname.replace(/\/$/, '') === paths.community(slug);
  // What was loaded stays on screen if a later refresh fails.
  if (!community.data) {
    if (community.isError)
      return <CommunityLoadError error={community.error} onRetry={() => void community.refetch()} />;
    return <LoadingState />;
  }
  return (
    // Keyed by community: moving to a sub-community starts its actions and messages afresh.
    <Stack gap="lg" key={community.data.slug}>
      <CommunityHeader community={community.data} compact={!atHome} />
      <ToolNav community={community.data} />
      <Divider />
      <Outlet context={community.data} />
    </Stack>
  );
}

/** The community the layout loaded, for its home and tool pages. */
export function useLayoutCommunity(): CommunityDetail {
  return useOutletContext<CommunityDetail>();
}
