import type { OrganisationSummary } from '@commonroom/contracts';
import { Anchor, Badge, Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../shared/i18n/taxonomy';

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
          {organisation.name}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="sm" m={0}>
          <Fact term={t('directory.results.kind')}>
            <Badge variant="light" radius="sm" tt="none" size="lg" fw={600}>
              {termLabel('organisationKind', organisation.kind)}
            </Badge>
          </Fact>
          <Fact term={t('directory.results.phases')}>{phases || notRecorded}</Fact>
          <Fact term={t('directory.results.localAuthority')}>
            {organisation.localAuthorityName ?? notRecorded}
          </Fact>
          <Fact term={t('directory.results.website')}>
            {organisation.website ? <WebsiteLink url={organisation.website} /> : notRecorded}
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </div>
  );
}

/** Shows the site's address, which says more than a repeated "Website" link text would. */
function WebsiteLink({ url }: { url: string }) {
  return (
    <Anchor href={url} style={{ overflowWrap: 'anywhere' }}>
      {displayHost(url)}
    </Anchor>
  );
}

function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
