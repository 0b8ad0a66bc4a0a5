import type { OrganisationDetail } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { useOrganisation } from '../api/organisations.queries';
import { OrganisationAdminLinks } from '../components/organisation-admin-links';
import { OrganisationFacts } from '../components/organisation-facts';
import { OrganisationPartnerships } from '../components/organisation-partnerships';
import { PageHeader } from '../components/page-header';
import { PageQuery } from '../components/query-states';
import { Section } from '../../../shared/components/section';
import { WorkHereSection } from '../components/work-here-section';

/** `/organisations/:slug`: an organisation's public page. */
export function OrganisationPage() {
  const { slug = '' } = useParams();
  const organisation = useOrganisation(slug);
  return <PageQuery query={organisation}>{(data) => <OrganisationView organisation={data} />}</PageQuery>;
}

function OrganisationView({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  return (
    <Stack gap="lg">
      <PageHeader title={organisation.name}>
        <Text c="dimmed">{termLabel('organisationKind', organisation.kind)}</Text>
        <OrganisationAdminLinks organisation={organisation} />
      </PageHeader>
      {organisation.description && (
        // Plain text as written, its line breaks kept; never HTML.
        <Text maw={720} style={{ whiteSpace: 'pre-line' }}>
          {organisation.description}
        </Text>
      )}
      <Section heading={t('organisation.facts.heading')}>
        <OrganisationFacts organisation={organisation} />
      </Section>
      <Section heading={t('organisation.partnerships.heading')}>
        <OrganisationPartnerships partnerships={organisation.partnerships} />
      </Section>
      <WorkHereSection organisation={organisation} />
    </Stack>
  );
}
