import type { OrganisationAffiliation } from '@commonroom/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { useDecideAffiliation, useOrganisationAffiliations } from '../api/organisations.queries';
import { PeopleList, PersonAffiliationItem } from './person-affiliation-item';
import { Section } from '../../../shared/components/section';
import { useRoleLabel } from './use-labels';

type Decision = 'approve' | 'reject';

/** Requests to be recognised as working here, to approve or turn down. */
export function AffiliationRequestsSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const requests = useOrganisationAffiliations(slug, 'pending');
  const decide = useDecideAffiliation(slug);
  const roleLabel = useRoleLabel();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');

  const onDecide = (affiliation: OrganisationAffiliation, decision: Decision) => {
    if (decide.isPending) return;
    const values = { name: affiliation.person.displayName, role: roleLabel(affiliation.role) };
    decide.mutate(
      { id: affiliation.id, decision },
      {
        onSuccess: () => {
          setMessage(
            t(decision === 'approve' ? 'organisation.requests.approved' : 'organisation.requests.rejected', values),
          );
          // The buttons went with the request: keep focus in this section.
          headingRef.current?.focus();
        },
      },
    );
  };
  const busy = (affiliation: OrganisationAffiliation, decision: Decision) =>
    decide.isPending && decide.variables.id === affiliation.id && decide.variables.decision === decision;

  return (
    <Section heading={t('organisation.requests.heading')} headingRef={headingRef}>
      {requests.isPending && <LoadingState />}
      {requests.isError && <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />}
      {requests.isSuccess && (
        <PeopleList empty={requests.data.items.length === 0 && t('organisation.requests.empty')}>
          {requests.data.items.map((affiliation) => {
            const name = affiliation.person.displayName;
            return (
              <PersonAffiliationItem key={affiliation.id} affiliation={affiliation}>
                <BusyButton
                  size="sm"
                  busy={busy(affiliation, 'approve')}
                  busyLabel={t('organisation.requests.deciding')}
                  aria-label={t('organisation.requests.approveLabel', { name })}
                  onClick={() => onDecide(affiliation, 'approve')}
                >
                  {t('organisation.requests.approve')}
                </BusyButton>
                <BusyButton
                  size="sm"
                  variant="default"
                  busy={busy(affiliation, 'reject')}
                  busyLabel={t('organisation.requests.deciding')}
                  aria-label={t('organisation.requests.rejectLabel', { name })}
                  onClick={() => onDecide(affiliation, 'reject')}
                >
                  {t('organisation.requests.reject')}
                </BusyButton>
              </PersonAffiliationItem>
            );
          })}
        </PeopleList>
      )}
      <FormError error={decide.error} />
      <LiveMessage>{message}</LiveMessage>
    </Section>
  );
}
