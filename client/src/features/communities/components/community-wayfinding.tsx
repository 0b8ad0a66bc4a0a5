import type { CommunityDetail } from '@commonroom/contracts';
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProviderMark } from '../../../shared/components/provider-mark';
import { paths } from '../../../shared/routing/paths';

/**
 * "Where am I, and for whom": a breadcrumb to the community and, in a partnership space, the lead
 * provider's mark and name. A mentor in five partnership spaces otherwise sees five identical pages.
 */
export function CommunityWayfinding({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const provider = community.partnership?.leadProvider;
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      {provider && <ProviderMark provider={provider} />}
      <div>
        <nav aria-label={t('communities.header.breadcrumb')}>
          <ol className="breadcrumb">
            {crumbs(community, { partnerships: t('app.nav.partnerships'), communities: t('app.nav.communities') }).map(
              (crumb) => (
                <li key={crumb.to}>
                  <Anchor component={Link} to={crumb.to} size="sm">
                    {crumb.label}
                  </Anchor>
                </li>
              ),
            )}
            <li>
              <Text component="span" size="sm" aria-current="page">
                {community.partnership?.name === community.name
                  ? t('communities.header.partnershipSpace')
                  : community.name}
              </Text>
            </li>
          </ol>
        </nav>
        {provider && (
          <Text size="sm">
            {t('communities.header.ledBy')}{' '}
            <Anchor component={Link} to={paths.organisation(provider.slug)} fw={600}>
              {provider.name}
            </Anchor>
          </Text>
        )}
      </div>
    </Group>
  );
}

/**
 * A partnership space sits under Partnerships and its partnership (and, named like it, is called
 * "Partnership space"); any other community under Communities and its parent.
 */
function crumbs(
  community: CommunityDetail,
  labels: { partnerships: string; communities: string },
): { to: string; label: string }[] {
  if (community.partnership)
    return [
      { to: paths.partnerships, label: labels.partnerships },
      { to: paths.partnership(community.partnership.slug), label: community.partnership.name },
    ];
  return [
    { to: paths.communities, label: labels.communities },
    ...(community.parent ? [{ to: paths.community(community.parent.slug), label: community.parent.name }] : []),
  ];
}
