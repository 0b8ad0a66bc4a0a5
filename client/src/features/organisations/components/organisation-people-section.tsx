import type { OrganisationAffiliation } from '@commonroom/contracts';
import { Button, Tabs } from '@mantine/core';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { useEndAffiliation } from '../api/affiliations.queries';
import { useOrganisationAffiliations } from '../api/organisations.queries';
import { ConfirmDialog, useConfirmTarget } from '../../../shared/components/confirm-dialog';
import { PeopleList, PersonAffiliationItem } from './person-affiliation-item';
import { Section } from '../../../shared/components/section';

interface OrganisationPeopleSectionProps {
  slug: string;
  organisationName: string;
}

/** The people who work here now, with a way to end an affiliation, and those who did. */
export function OrganisationPeopleSection({ slug, organisationName }: OrganisationPeopleSectionProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('current');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');

  return (
    <Section heading={t('organisation.people.heading')} headingRef={headingRef}>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="current">{t('organisation.people.current')}</Tabs.Tab>
          <Tabs.Tab value="past">{t('organisation.people.past')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="current" pt="md">
          <CurrentPeople slug={slug} organisationName={organisationName} headingRef={headingRef} onEnded={setMessage} />
        </Tabs.Panel>
        <Tabs.Panel value="past" pt="md">
          <PastPeople slug={slug} />
        </Tabs.Panel>
      </Tabs>
      <LiveMessage>{message}</LiveMessage>
    </Section>
  );
}

interface CurrentPeopleProps extends OrganisationPeopleSectionProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onEnded: (message: string) => void;
}

function CurrentPeople({ slug, organisationName, headingRef, onEnded }: CurrentPeopleProps) {
  const { t } = useTranslation();
  const people = useOrganisationAffiliations(slug, 'current');
  const end = useEndAffiliation();
  const confirm = useConfirmTarget<OrganisationAffiliation>();
  const names = { name: confirm.target?.person.displayName ?? '', organisation: organisationName };

  const confirmEnd = () => {
    if (!confirm.target || end.isPending) return;
    end.mutate(confirm.target.id, {
      onSuccess: () => {
        onEnded(t('organisation.people.ended', names));
        confirm.close();
        headingRef.current?.focus();
      },
    });
  };

  if (people.isPending) return <LoadingState />;
  if (people.isError) return <ErrorState error={people.error} onRetry={() => void people.refetch()} />;
  return (
    <>
      <PeopleList empty={people.data.items.length === 0 && t('organisation.people.emptyCurrent')}>
        {people.data.items.map((affiliation) => (
          <PersonAffiliationItem key={affiliation.id} affiliation={affiliation}>
            <Button
              size="sm"
              variant="default"
              aria-label={t('organisation.people.endLabel', { name: affiliation.person.displayName })}
              onClick={() => {
                end.reset();
                confirm.open(affiliation);
              }}
            >
              {t('organisation.people.end')}
            </Button>
          </PersonAffiliationItem>
        ))}
      </PeopleList>
      <ConfirmDialog
        opened={confirm.opened}
        title={t('organisation.people.endTitle', names)}
        confirmLabel={t('organisation.people.end')}
        busyLabel={t('affiliations.end.pending')}
        busy={end.isPending}
        error={end.error}
        returnFocus={!end.isSuccess}
        onConfirm={confirmEnd}
        onCancel={confirm.close}
      >
        {t('organisation.people.endBody', names)}
      </ConfirmDialog>
    </>
  );
}

function PastPeople({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const people = useOrganisationAffiliations(slug, 'past');
  if (people.isPending) return <LoadingState />;
  if (people.isError) return <ErrorState error={people.error} onRetry={() => void people.refetch()} />;
  return (
    <PeopleList empty={people.data.items.length === 0 && t('organisation.people.emptyPast')}>
      {people.data.items.map((affiliation) => (
        <PersonAffiliationItem key={affiliation.id} affiliation={affiliation} />
      ))}
    </PeopleList>
  );
}
