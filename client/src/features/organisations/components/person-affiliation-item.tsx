import type { OrganisationAffiliation } from '@commonroom/contracts';
import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { AffiliationDates } from './affiliation-dates';
import { AffiliationBadges } from './affiliation-status';
import { useRoleWithTitle } from './use-labels';

interface PersonAffiliationItemProps {
  affiliation: OrganisationAffiliation;
  /** Buttons for this person: approve and reject, or end. */
  children?: ReactNode;
}

/** One person's affiliation as the organisation's administrators see it. */
export function PersonAffiliationItem({ affiliation, children }: PersonAffiliationItemProps) {
  const { t } = useTranslation();
  const roleWithTitle = useRoleWithTitle();
  const formatDateTime = useFormatDateTime();
  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={4}>
        <Text fw={700}>{affiliation.person.displayName}</Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {affiliation.person.email}
        </Text>
        <Text>{roleWithTitle(affiliation.role, affiliation.title)}</Text>
        <AffiliationDates startsOn={affiliation.startsOn} endsOn={affiliation.endsOn} />
        {affiliation.status === 'pending' ? (
          <Text size="sm" c="dimmed">
            {t('organisation.requests.asked', { date: formatDateTime(affiliation.createdAt) })}
          </Text>
        ) : (
          <AffiliationBadges status={affiliation.status} current={affiliation.current} endsOn={affiliation.endsOn} />
        )}
      </Stack>
      {children && <Group gap="xs">{children}</Group>}
    </Group>
  );
}

/** A list of people, or a sentence when there is nobody. */
export function PeopleList({ empty, children }: { empty: string | false; children: ReactNode }) {
  if (empty) return <Text>{empty}</Text>;
  return (
    <Stack component="ul" gap="lg" p={0} m={0} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );
}
