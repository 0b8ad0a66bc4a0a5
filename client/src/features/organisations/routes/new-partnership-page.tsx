import type { OrganisationRef } from '@commonroom/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { paths } from '../../../shared/routing/paths';
import { useMyAffiliations } from '../api/affiliations.queries';
import { canLeadPartnership } from '../components/can-lead-partnership';
import { NewPartnershipForm } from '../components/new-partnership-form';
import { PageHeader } from '../components/page-header';
import { PageQuery } from '../components/query-states';

/**
 * `/partnerships/new?lead=<organisationId>`: the lead is one of the provider organisations the
 * person currently works at; the server checks they administer it.
 */
export function NewPartnershipPage() {
  const { t } = useTranslation();
  const affiliations = useMyAffiliations();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('partnerships.new.title')}>
        <Text>{t('partnerships.new.intro')}</Text>
      </PageHeader>
      <PageQuery query={affiliations}>
        {({ items }) => {
          const leads = uniqueOrganisations(
            items
              .filter((item) => item.current && canLeadPartnership(item.organisation.kind))
              .map((item) => item.organisation),
          );
          if (leads.length === 0) return <NoProvider />;
          const wanted = searchParams.get('lead') ?? undefined;
          return (
            <NewPartnershipForm
              leads={leads}
              defaultLeadId={leads.some((lead) => lead.id === wanted) ? wanted : undefined}
              onCreated={(partnership) => void navigate(paths.partnership(partnership.slug))}
            />
          );
        }}
      </PageQuery>
    </Stack>
  );
}

function NoProvider() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('partnerships.new.noProviderTitle')}
      action={
        <Anchor component={Link} to={paths.settingsAffiliations}>
          {t('partnerships.new.noProviderAction')}
        </Anchor>
      }
    >
      {t('partnerships.new.noProviderBody')}
    </EmptyState>
  );
}

function uniqueOrganisations(organisations: OrganisationRef[]): OrganisationRef[] {
  return [...new Map(organisations.map((organisation) => [organisation.id, organisation])).values()];
}
