import type { CommunitySummary, LeadProvider } from '@commonroom/contracts';
import { Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProviderMark } from '../../../shared/components/provider-mark';
import { CommunityList } from './community-list';

export interface CommunityGroup {
  /** Null for the communities that belong to no partnership. */
  provider: LeadProvider | null;
  communities: CommunitySummary[];
}

/**
 * Partnership spaces under their lead provider (providers by name), then every other community.
 * A mentor in five partnerships finds each provider's spaces together instead of five lookalikes.
 */
export function groupByProvider(communities: CommunitySummary[]): CommunityGroup[] {
  const byProvider = new Map<string, CommunityGroup>();
  const others: CommunitySummary[] = [];
  for (const community of communities) {
    const provider = community.partnership?.leadProvider;
    if (!provider) {
      others.push(community);
      continue;
    }
    const group = byProvider.get(provider.id) ?? { provider, communities: [] };
    group.communities.push(community);
    byProvider.set(provider.id, group);
  }
  const providers = [...byProvider.values()].sort((a, b) =>
    (a.provider?.name ?? '').localeCompare(b.provider?.name ?? ''),
  );
  return others.length > 0 ? [...providers, { provider: null, communities: others }] : providers;
}

/** The person's communities grouped by lead provider; a single group needs no heading. */
export function GroupedCommunityList({ communities }: { communities: CommunitySummary[] }) {
  const { t } = useTranslation();
  const groups = groupByProvider(communities);
  if (groups.length < 2) return <CommunityList communities={communities} />;
  return (
    <Stack gap="lg">
      {groups.map(({ provider, communities: members }) => (
        <Stack key={provider?.id ?? 'others'} gap="sm">
          <Group gap="sm" wrap="nowrap">
            {provider && <ProviderMark provider={provider} size={28} />}
            <Title order={3} size="h4">
              {provider ? t('communities.groups.provider', { name: provider.name }) : t('communities.groups.others')}
            </Title>
          </Group>
          <CommunityList communities={members} titleOrder={4} />
        </Stack>
      ))}
    </Stack>
  );
}
