import type { DirectoryOverview } from '@commonroom/contracts';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { paths } from '../../../shared/routing/paths';
import { useDirectoryOverview } from '../api/directory.queries';
import { directoryHref } from '../routes/directory-search-params';
import { KindCountList } from './kind-count-list';

/** "Your region at a glance": how many organisations of each kind are in the directory. */
export function DirectoryOverviewSection() {
  const { t } = useTranslation();
  const overview = useDirectoryOverview();

  return (
    <Stack component="section" aria-labelledby="glance-heading" gap="md">
      <Title order={2} id="glance-heading">
        {t('home.glance.heading')}
      </Title>
      {overview.isPending && <LoadingState />}
      {overview.isError && <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && <OverviewCounts overview={overview.data} />}
    </Stack>
  );
}

function OverviewCounts({ overview }: { overview: DirectoryOverview }) {
  const { t } = useTranslation();
  if (overview.totalOrganisations === 0) {
    return <EmptyState title={t('home.glance.emptyTitle')}>{t('home.glance.emptyBody')}</EmptyState>;
  }
  const regions = overview.regions.filter((region) => region.total > 0);

  return (
    <Stack gap="lg">
      <Text fz="lg">{t('home.glance.total', { count: overview.totalOrganisations })}</Text>
      <Stack gap="sm">
        <Title order={3} id="glance-by-kind">
          {t('home.glance.byKindHeading')}
        </Title>
        <KindCountList counts={overview.byKind} labelledBy="glance-by-kind" />
      </Stack>
      {/* One region's breakdown would repeat the totals above; only show it when there are more. */}
      {regions.length > 1 && <RegionBreakdown regions={regions} />}
      <Anchor component={Link} to={paths.organisations} fw={600}>
        {t('home.glance.browseAll')}
      </Anchor>
    </Stack>
  );
}

function RegionBreakdown({ regions }: { regions: DirectoryOverview['regions'] }) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  return (
    <Stack gap="sm">
      <Title order={3}>{t('home.glance.byRegionHeading')}</Title>
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {regions.map((entry) => (
          <Paper component="li" key={entry.region} p="md" radius="md" bg="gray.0">
            <Stack gap="xs">
              <Title order={4} id={`glance-region-${entry.region}`}>
                {termLabel('region', entry.region)}
              </Title>
              <Anchor component={Link} to={directoryHref({ region: entry.region })}>
                {t('home.glance.regionTotal', { count: entry.total })}
              </Anchor>
              <KindCountList counts={entry.byKind} region={entry.region} labelledBy={`glance-region-${entry.region}`} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
