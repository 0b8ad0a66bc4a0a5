import type { Affiliation } from '@commonroom/contracts';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveMessage } from '../../../shared/components/live-message';
import { paths } from '../../../shared/routing/paths';
import { useEndAffiliation } from '../api/affiliations.queries';
import { AffiliationDates } from './affiliation-dates';
import { AffiliationBadges } from './affiliation-status';
import { ConfirmDialog, useConfirmTarget } from '../../../shared/components/confirm-dialog';
import { useRoleWithTitle } from './use-labels';

interface MyAffiliationListProps {
  affiliations: Affiliation[];
  /** Focus goes here once an ended affiliation's button is no longer the one to press. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The person's affiliations, each with a way to end it (or withdraw a request). */
export function MyAffiliationList({ affiliations, headingRef }: MyAffiliationListProps) {
  const { t } = useTranslation();
  const end = useEndAffiliation();
  const confirm = useConfirmTarget<Affiliation>();
  const [ended, setEnded] = useState<Affiliation | null>(null);
  const organisation = confirm.target?.organisation.name ?? '';
  const pending = confirm.target?.status === 'pending';

  const confirmEnd = () => {
    if (!confirm.target || end.isPending) return;
    end.mutate(confirm.target.id, {
      onSuccess: (affiliation) => {
        setEnded(affiliation);
        confirm.close();
        headingRef.current?.focus();
      },
    });
  };

  return (
    <Stack gap="sm">
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {affiliations.map((affiliation) => (
          <MyAffiliationItem
            key={affiliation.id}
            affiliation={affiliation}
            onEnd={() => {
              end.reset();
              confirm.open(affiliation);
            }}
          />
        ))}
      </Stack>
      <LiveMessage>
        {ended &&
          t(ended.status === 'pending' ? 'affiliations.end.withdrawn' : 'affiliations.end.done', {
            organisation: ended.organisation.name,
          })}
      </LiveMessage>
      <ConfirmDialog
        opened={confirm.opened}
        title={t(pending ? 'affiliations.end.withdrawTitle' : 'affiliations.end.title', { organisation })}
        confirmLabel={t(pending ? 'affiliations.end.withdraw' : 'affiliations.end.confirm')}
        busyLabel={t('affiliations.end.pending')}
        busy={end.isPending}
        error={end.error}
        returnFocus={!end.isSuccess}
        onConfirm={confirmEnd}
        onCancel={confirm.close}
      >
        {t(pending ? 'affiliations.end.withdrawBody' : 'affiliations.end.body', { organisation })}
      </ConfirmDialog>
    </Stack>
  );
}

function MyAffiliationItem({ affiliation, onEnd }: { affiliation: Affiliation; onEnd: () => void }) {
  const { t } = useTranslation();
  const roleWithTitle = useRoleWithTitle();
  const endable = affiliation.endsOn === null && affiliation.status !== 'rejected';
  const name = affiliation.organisation.name;

  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.organisation(affiliation.organisation.slug)} fw={700}>
          {name}
        </Anchor>
        <Text>{roleWithTitle(affiliation.role, affiliation.title)}</Text>
        <AffiliationDates startsOn={affiliation.startsOn} endsOn={affiliation.endsOn} />
        <AffiliationBadges status={affiliation.status} current={affiliation.current} endsOn={affiliation.endsOn} />
      </Stack>
      {endable && (
        <Button
          variant="default"
          size="sm"
          aria-label={t(
            affiliation.status === 'pending' ? 'affiliations.end.withdrawLabel' : 'affiliations.end.label',
            { organisation: name },
          )}
          onClick={onEnd}
        >
          {t(affiliation.status === 'pending' ? 'affiliations.end.withdraw' : 'affiliations.end.confirm')}
        </Button>
      )}
    </Group>
  );
}
