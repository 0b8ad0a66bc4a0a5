import type { OrganisationSummary } from '@commonroom/contracts';
import { Anchor, Badge, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { paths } from '../../../shared/routing/paths';
import { Fact, WebsiteLink } from './facts';

interface OrganisationListProps {
  organisations: OrganisationSummary[];
}

/** Cards rather than a table: they read well on a phone and in a screen reader's list mode. */
export function OrganisationList({ organisations }: OrganisationListProps) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {organisations.map((organisation) => (
        <OrganisationListItem key={organisation.id} organisation={organisation} />
      ))}
    </Stack>
  );
}

function OrganisationListItem({ organisation }: { organisation: OrganisationSummary }) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const notRecorded = t('directory.results.notRecorded');
  const phases = organisation.phases.map((phase) => termLabel('phase', phase)).join(', ');

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <Anchor component={Link} to={paths.organisation(organisation.slug)} inherit>
            {organisation.name}
          </Anchor>
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="sm" m={0}>
          <Fact term={t('directory.results.kind')}>
            <Badge variant="light" radius="sm" tt="none" size="lg" fw={600}>
              {termLabel('organisationKind', organisation.kind)}
            </Badge>
          </Fact>
          <Fact term={t('directory.results.phases')}>{phases || notRecorded}</Fact>
          <Fact term={t('directory.results.localAuthority')}>{organisation.localAuthorityName ?? notRecorded}</Fact>
          <Fact term={t('directory.results.website')}>
            {organisation.website ? <WebsiteLink url={organisation.website} /> : notRecorded}
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
