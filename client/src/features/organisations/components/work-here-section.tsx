import type { Affiliation, OrganisationDetail } from '@commonroom/contracts';
import { Anchor, Group, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LiveMessage } from '../../../shared/components/live-message';
import { signInHref } from '../../../shared/routing/return-to';
import { useCurrentUser } from '../../auth';
import { useMyAffiliations } from '../api/affiliations.queries';
import { AddAffiliationForm } from './add-affiliation-form';
import { AffiliationBadges, useAffiliationAddedMessage } from './affiliation-status';
import { FormDisclosure } from './form-disclosure';
import { Section } from '../../../shared/components/section';
import { useRoleWithTitle } from './use-labels';

/** "I work here": adds this organisation to the signed-in person's affiliations, in place. */
export function WorkHereSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const [added, setAdded] = useState<Affiliation | null>(null);
  const addedMessage = useAffiliationAddedMessage();
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (user === undefined) return null;
  return (
    <Section heading={t('organisation.workHere.heading')} headingRef={headingRef}>
      {user === null ? (
        <Text>
          <Anchor component={Link} to={signInHref(pathname)}>
            {t('organisation.workHere.signIn')}
          </Anchor>{' '}
          {t('organisation.workHere.signInReason')}
        </Text>
      ) : (
        <>
          <MyRolesHere organisationId={organisation.id} />
          <Text>{t('organisation.workHere.intro', { organisation: organisation.name })}</Text>
          <FormDisclosure
            openLabel={t('organisation.workHere.open')}
            variant="filled"
            doneFocusRef={headingRef}
            onOpen={() => setAdded(null)}
          >
            {(close) => (
              <AddAffiliationForm
                organisation={organisation}
                onAdded={(affiliation) => {
                  setAdded(affiliation);
                  close(true);
                }}
                onCancel={() => close(false)}
              />
            )}
          </FormDisclosure>
        </>
      )}
      <LiveMessage>{added && addedMessage(added)}</LiveMessage>
    </Section>
  );
}

/** The person's own open affiliations here, so nobody asks twice without knowing. */
function MyRolesHere({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const roleWithTitle = useRoleWithTitle();
  const mine = useMyAffiliations();
  const here = (mine.data?.items ?? []).filter(
    (affiliation) =>
      affiliation.organisation.id === organisationId &&
      affiliation.endsOn === null &&
      affiliation.status !== 'rejected',
  );
  return here.map((affiliation) => (
    <Group key={affiliation.id} gap="xs">
      <Text>{t('organisation.workHere.listed', { role: roleWithTitle(affiliation.role, affiliation.title) })}</Text>
      <AffiliationBadges status={affiliation.status} current={affiliation.current} endsOn={affiliation.endsOn} />
    </Group>
  ));
}
