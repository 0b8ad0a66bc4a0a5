import type { CommunityDetail } from '@commonroom/contracts';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';
import { ResultsPagination } from '../../../shared/components/results-pagination';
import { useCommunityMembers } from '../api/communities.queries';
import { pageFromSearch, withPage } from '../../../shared/routing/paging';
import { MemberIdentity } from './member-identity';

/** The members tool: who belongs, a page at a time (`?page=`). */
export function MembersTool({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [searchParams] = useSearchParams();
  const page = pageFromSearch(searchParams);
  const members = useCommunityMembers(community.slug, page);
  const path = paths.communityTool(community.slug, 'members');

  if (members.isPending) return <LoadingState />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  if (members.data.total === 0) return <EmptyState title={t('communities.members.empty')} />;
  return (
    <Stack gap="sm" aria-busy={members.isPlaceholderData}>
      <Text fw={600}>{t('communities.card.members', { count: members.data.total })}</Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {members.data.items.map((member) => (
          <Paper component="li" key={member.user.id} withBorder p="sm" radius="md">
            <MemberIdentity member={member} />
            {member.joinedAt && (
              <Text size="sm" c="dimmed">
                {t('communities.members.joined', { date: formatDateTime(member.joinedAt) })}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      <ResultsPagination
        page={page}
        pageSize={members.data.pageSize}
        total={members.data.total}
        pageHref={(next) => withPage(path, next)}
      />
    </Stack>
  );
}
