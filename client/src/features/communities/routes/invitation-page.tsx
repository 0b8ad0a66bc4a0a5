import type { InvitationView } from '@commonroom/contracts';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { paths } from '../../../shared/routing/paths';
import { AuthPage } from '../../../shared/components/auth-page';
import { useInvitation } from '../api/invitations.queries';
import { useCommunityTerms } from '../community-terms';
import { InvitationResponse } from '../components/invitation/invitation-response';

/** `/invitations/:token`: the link emailed to someone invited to a community. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  const title = invitation.data
    ? t('invitations.heading', { name: invitation.data.community.name })
    : t('invitations.title');

  const content = () => {
    if (invitation.isPending) return <LoadingState />;
    if (invitation.isError) {
      if (isApiError(invitation.error) && invitation.error.status === 404) return <InvalidLink />;
      return <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />;
    }
    return (
      <>
        <InvitationSummary invitation={invitation.data} />
        {invitation.data.status === 'pending' ? (
          <InvitationResponse token={token} invitation={invitation.data} />
        ) : (
          <ClosedInvitation invitation={invitation.data} />
        )}
      </>
    );
  };

  return <AuthPage title={title}>{content()}</AuthPage>;
}

function InvitationSummary({ invitation }: { invitation: InvitationView }) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const { community } = invitation;
  return (
    <Stack gap="xs">
      <Text fz="lg">
        {t('invitations.summary', {
          inviter: invitation.invitedBy,
          name: community.name,
          role: terms.roleNoun(invitation.role),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {terms.type(community.type)}
      </Text>
      {community.description && <Text>{community.description}</Text>}
    </Stack>
  );
}

/** Accepted, expired or revoked: say which, and where to go now. */
function ClosedInvitation({ invitation }: { invitation: InvitationView }) {
  const { t } = useTranslation();
  const status = invitation.status === 'pending' ? 'expired' : invitation.status;
  return (
    <Alert color="commonroom" variant="light" title={t(`invitations.closed.${status}.title`)}>
      <Stack gap="xs" align="flex-start">
        <Text>{t(`invitations.closed.${status}.body`, { inviter: invitation.invitedBy })}</Text>
        <Anchor
          component={Link}
          to={status === 'accepted' ? paths.community(invitation.community.slug) : paths.communities}
        >
          {t(status === 'accepted' ? 'invitations.openCommunity' : 'invitations.browse')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" align="flex-start">
      <Text>{t('invitations.invalid')}</Text>
      <Anchor component={Link} to={paths.communities}>
        {t('invitations.browse')}
      </Anchor>
    </Stack>
  );
}
