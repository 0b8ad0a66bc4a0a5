import type { Affiliation, AffiliationStatus } from '@commonroom/contracts';
import { Badge, Group } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

interface AffiliationBadgesProps {
  status: AffiliationStatus;
  current: boolean;
  endsOn: string | null;
}

/**
 * The status in words (never colour alone), plus "Current" or "Ended". Each colour pairing has
 * at least 4.5:1 contrast: filled teal and dark red carry white text, the others dark text.
 */
export function AffiliationBadges({ status, current, endsOn }: AffiliationBadgesProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge radius="sm" tt="none" {...STATUS_STYLE[status]}>
        {t(`affiliations.status.${status}`)}
      </Badge>
      {current && (
        <Badge radius="sm" tt="none" variant="filled">
          {t('affiliations.status.current')}
        </Badge>
      )}
      {!current && endsOn && (
        <Badge radius="sm" tt="none" variant="default">
          {t('affiliations.status.ended')}
        </Badge>
      )}
    </Group>
  );
}

const STATUS_STYLE = {
  pending: { variant: 'default' },
  verified: { variant: 'light' },
  rejected: { variant: 'filled', color: 'red.9' },
} as const satisfies Record<AffiliationStatus, { variant: string; color?: string }>;

/** What to tell the person once an affiliation has been added: verified at once, or waiting. */
export function useAffiliationAddedMessage() {
  const { t } = useTranslation();
  return useCallback(
    (affiliation: Affiliation) =>
      affiliation.status === 'verified'
        ? t('affiliations.added.verified', { organisation: affiliation.organisation.name })
        : t('affiliations.added.pending', { organisation: affiliation.organisation.name }),
    [t],
  );
}
