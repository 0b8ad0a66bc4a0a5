import type { OrganisationDetail } from '@commonroom/contracts';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { Fact, WebsiteLink } from './facts';

/** What the directory knows: kind, phases, place, identifiers, website and verified people. */
export function OrganisationFacts({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const notRecorded = t('directory.results.notRecorded');
  const phases = organisation.phases.map((phase) => termLabel('phase', phase)).join(', ');
  // Identifiers only where the organisation has one: a school has no UKPRN, a university no URN.
  const identifiers = [
    { term: t('organisation.facts.urn'), value: organisation.urn },
    { term: t('organisation.facts.ukprn'), value: organisation.ukprn },
    { term: t('organisation.facts.laCode'), value: organisation.laCode },
  ].filter((identifier) => identifier.value);

  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
      <Fact term={t('directory.results.kind')}>{termLabel('organisationKind', organisation.kind)}</Fact>
      {organisation.establishmentType && (
        <Fact term={t('organisation.facts.establishmentType')}>{organisation.establishmentType}</Fact>
      )}
      <Fact term={t('directory.results.phases')}>{phases || notRecorded}</Fact>
      <Fact term={t('directory.filters.region')}>
        {organisation.region ? termLabel('region', organisation.region) : notRecorded}
      </Fact>
      <Fact term={t('directory.results.localAuthority')}>{organisation.localAuthorityName ?? notRecorded}</Fact>
      {identifiers.map((identifier) => (
        <Fact key={identifier.term} term={identifier.term}>
          {identifier.value}
        </Fact>
      ))}
      <Fact term={t('directory.results.website')}>
        {organisation.website ? <WebsiteLink url={organisation.website} /> : notRecorded}
      </Fact>
      <Fact term={t('organisation.facts.verifiedPeople')}>
        {t('organisation.facts.verifiedPeopleCount', { count: organisation.verifiedPeople })}
      </Fact>
    </SimpleGrid>
  );
}
