import type { InvitationView } from '@commonroom/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../../shared/components/error-state';
import { LoadingState } from '../../../../shared/components/loading-state';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { FormError } from '../../../../shared/forms/form-error';
import { paths } from '../../../../shared/routing/paths';
import { signInHref } from '../../../../shared/routing/return-to';
import { useSession } from '../../../auth';
import { useAcceptInvitation, useSignOutHere } from '../../api/invitations.queries';
import { InvitationSignUpForm } from './invitation-sign-up-form';

interface InvitationResponseProps {
  token: string;
  invitation: InvitationView;
}

/** What a pending invitation asks of this visitor: accept, switch account, sign in, or sign up. */
export function InvitationResponse({ token, invitation }: InvitationResponseProps) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;

  const user = session.data.user;
  if (user && sameAddress(user.email, invitation.email)) return <AcceptButton token={token} />;
  if (user) return <WrongAccount invitedEmail={invitation.email} signedInEmail={user.email} />;
  if (!invitation.accountExists) return <InvitationSignUpForm token={token} email={invitation.email} />;
  return (
    <Stack gap="sm" align="flex-start">
      <Text>{t('invitations.accountExists', { email: invitation.email })}</Text>
      <Button component={Link} to={signInHref(paths.invitation(token))}>
        {t('invitations.signIn')}
      </Button>
    </Stack>
  );
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function AcceptButton({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  return (
    <Stack gap="sm" align="flex-start">
      <BusyButton
        busy={accept.isPending}
        busyLabel={t('invitations.accepting')}
        onClick={() =>
          accept.mutate(undefined, { onSuccess: ({ communitySlug }) => void navigate(paths.community(communitySlug)) })
        }
      >
        {t('invitations.accept')}
      </BusyButton>
      <FormError error={accept.error} />
    </Stack>
  );
}

function WrongAccount({ invitedEmail, signedInEmail }: { invitedEmail: string; signedInEmail: string }) {
  const { t } = useTranslation();
  const signOut = useSignOutHere();
  return (
    <Stack gap="sm" align="flex-start">
      <Text>{t('invitations.wrongAccount', { invited: invitedEmail, current: signedInEmail })}</Text>
      <Group>
        <BusyButton variant="default" busy={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('invitations.signOut')}
        </BusyButton>
      </Group>
      <FormError error={signOut.error} />
    </Stack>
  );
}
