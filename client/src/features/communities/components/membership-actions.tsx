import type { CommunityDetail, JoinCommunityResult } from '@commonroom/contracts';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { LiveMessage } from '../../../shared/components/live-message';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { paths } from '../../../shared/routing/paths';
import { signInHref } from '../../../shared/routing/return-to';
import { useCurrentUser } from '../../auth';
import { useJoinCommunity, useLeaveCommunity } from '../api/communities.queries';
import { ConfirmDialog } from '../../../shared/components/confirm-dialog';
import { JoinRequestForm } from './join-request-form';

type Outcome = 'joined' | 'requested' | 'left';

interface MembershipActionsProps {
  community: CommunityDetail;
  /** Called once the button that was pressed has gone, to put focus somewhere that still exists. */
  onChanged: () => void;
}

/** Join, request to join, leave and settings: only what `viewer.abilities` allows. */
export function MembershipActions({ community, onChanged }: MembershipActionsProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const join = useJoinCommunity(community.slug);
  const leave = useLeaveCommunity(community);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [requesting, setRequesting] = useState(false);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const { abilities, throughAffiliation, pendingRequest, role } = community.viewer;

  const done = (next: Outcome) => {
    setOutcome(next);
    setRequesting(false);
    onChanged();
  };
  const joined = (result: JoinCommunityResult) => done(result.status === 'member' ? 'joined' : 'requested');
  const confirmLeave = () =>
    leave.mutate(undefined, {
      onSuccess: () => {
        setConfirmingLeave(false);
        // A hidden community disappears for someone who leaves it: back to the directory.
        if (community.visibility === 'hidden') void navigate(paths.communities);
        else done('left');
      },
    });
  const canAskToJoin = community.visibility === 'open' || community.visibility === 'request';

  return (
    <Stack gap="sm">
      <Group gap="sm">
        {abilities.join && (
          <BusyButton
            busy={join.isPending}
            busyLabel={t('communities.membership.joining')}
            onClick={() => join.mutate({}, { onSuccess: joined })}
          >
            {t('communities.membership.join')}
          </BusyButton>
        )}
        {abilities.requestToJoin && !pendingRequest && !requesting && (
          <Button onClick={() => setRequesting(true)}>{t('communities.membership.requestToJoin')}</Button>
        )}
        {abilities.leave && !throughAffiliation && (
          <Button
            variant="default"
            onClick={() => {
              leave.reset();
              setConfirmingLeave(true);
            }}
          >
            {t('communities.membership.leave')}
          </Button>
        )}
        {abilities.manage && (
          <Button component={Link} to={paths.communitySettings(community.slug)} variant="default">
            {t('communities.membership.settings')}
          </Button>
        )}
      </Group>
      {requesting && <JoinRequestForm slug={community.slug} onSent={joined} onCancel={() => setRequesting(false)} />}
      {pendingRequest && <Text>{t('communities.membership.pending')}</Text>}
      {role && throughAffiliation && <Text>{t('communities.membership.throughAffiliation')}</Text>}
      {user === null && canAskToJoin && (
        <Anchor component={Link} to={signInHref(location.pathname)}>
          {t('communities.membership.signInToJoin')}
        </Anchor>
      )}
      {user && !role && community.visibility === 'invite_only' && <Text>{t('communities.membership.inviteOnly')}</Text>}
      <FormError error={join.error} />
      <LiveMessage>{outcome && t(`communities.membership.${outcome}`, { name: community.name })}</LiveMessage>
      <ConfirmDialog
        opened={confirmingLeave}
        title={t('communities.membership.leaveTitle', { name: community.name })}
        confirmLabel={t('communities.membership.leaveConfirm')}
        busy={leave.isPending}
        error={leave.error}
        onConfirm={confirmLeave}
        onCancel={() => setConfirmingLeave(false)}
      >
        {t(canAskToJoin ? 'communities.membership.leaveBody' : 'communities.membership.leaveBodyInvite')}
      </ConfirmDialog>
    </Stack>
  );
}
