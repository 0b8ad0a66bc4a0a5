import type { LeadProvider, PartnershipRef } from '@commonroom/contracts';
import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProviderMark } from './provider-mark';

/** Anything that may be a partnership space: a community summary, a home community. */
interface InPartnership {
  partnership?: PartnershipRef | null;
}

export interface ProviderGroup<T> {
  /** Null for the communities that belong to no partnership. */
  provider: LeadProvider | null;
  communities: T[];
}

/**
 * Partnership spaces under their lead provider (providers by name), then every other community,
 * each group keeping the order it was given. A mentor in five partnerships finds each provider's
 * spaces together instead of five lookalikes.
 */
export function groupByProvider<T extends InPartnership>(communities: T[]): ProviderGroup<T>[] {
  const byProvider = new Map<string, ProviderGroup<T>>();
  const others: T[] = [];
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

interface ProviderGroupsProps<T> {
  communities: T[];
  /** Renders one group's communities; `headed` says whether the group has a heading above it. */
  children: (communities: T[], headed: boolean) => ReactNode;
  /** The heading level of each group's heading. */
  order?: 3 | 4;
}

/** Communities grouped by lead provider, each group under the provider's name and mark; one group needs no heading. */
export function ProviderGroups<T extends InPartnership>({ communities, children, order = 3 }: ProviderGroupsProps<T>) {
  const { t } = useTranslation();
  const groups = groupByProvider(communities);
  if (groups.length < 2) return <>{children(communities, false)}</>;
  return (
    <Stack gap="lg">
      {groups.map(({ provider, communities: members }) => (
        <Stack key={provider?.id ?? 'others'} gap="sm">
          <Group gap="sm" wrap="nowrap">
            {provider && <ProviderMark provider={provider} size={28} />}
            <Title order={order} size="h4">
              {provider ? t('communities.groups.provider', { name: provider.name }) : t('communities.groups.others')}
            </Title>
          </Group>
          {children(members, true)}
        </Stack>
      ))}
    </Stack>
  );
}
