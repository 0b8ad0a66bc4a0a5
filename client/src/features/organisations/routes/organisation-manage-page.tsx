import type { OrganisationDetail } from '@commonroom/contracts';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useOrganisation } from '../api/organisations.queries';
import { AffiliationRequestsSection } from '../components/affiliation-requests-section';
import { NotFoundState } from '../../../shared/components/not-found-state';
import { OrganisationEditForm } from '../components/organisation-edit-form';
import { OrganisationPeopleSection } from '../components/organisation-people-section';
import { PageHeader } from '../components/page-header';
import { PageQuery } from '../components/query-states';

/** `/organisations/:slug/manage`: for the organisation's administrators only. */
export function OrganisationManagePage() {
  const { slug = '' } = useParams();
  const organisation = useOrganisation(slug);
  return <PageQuery query={organisation}>{(data) => <ManageView organisation={data} />}</PageQuery>;
}

function ManageView({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const { canEdit, canVerify } = organisation.viewer;
  // Said exactly as a missing organisation would be: the page does not exist for this person.
  if (!canEdit && !canVerify) return <NotFoundState />;
  return (
    <Stack gap="lg" maw={800}>
      <PageHeader title={t('organisation.manage.title', { organisation: organisation.name })}>
        <Anchor component={Link} to={paths.organisation(organisation.slug)}>
          {t('organisation.manage.back', { organisation: organisation.name })}
        </Anchor>
      </PageHeader>
      {canVerify && <AffiliationRequestsSection slug={organisation.slug} />}
      {canEdit && <OrganisationEditForm organisation={organisation} />}
      {canVerify && <OrganisationPeopleSection slug={organisation.slug} organisationName={organisation.name} />}
    </Stack>
  );
}
