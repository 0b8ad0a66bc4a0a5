import type { CommunitySummary } from '@commonroom/contracts';
import { ProviderGroups } from '../../../shared/components/provider-groups';
import { CommunityList } from './community-list';

/** The person's communities grouped by lead provider; a single group needs no heading. */
export function GroupedCommunityList({ communities }: { communities: CommunitySummary[] }) {
  return (
    <ProviderGroups communities={communities}>
      {(members, headed) => <CommunityList communities={members} titleOrder={headed ? 4 : undefined} />}
    </ProviderGroups>
  );
}
