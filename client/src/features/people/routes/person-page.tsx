import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { NotFoundState } from '../../../shared/components/not-found-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { useProfile } from '../api/people.queries';
import { PersonAvatar } from '../../../shared/components/person-avatar';
import { ProfileContact } from '../components/profile-contact';
import { ProfileDetails } from '../components/profile-details';
import { ProfileMessage } from '../components/profile-message';

/** `/people/:userId`: a profile as the viewer may see it (forum mentions link here too). */
export function PersonPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const profile = useProfile(userId);
  usePageTitle(profile.data?.displayName ?? t('people.profile.title'));

  if (profile.isPending) return <LoadingState />;
  if (profile.isError) {
    // Unknown and not-allowed answer alike, so nobody learns who exists from the difference.
    if (isApiError(profile.error) && (profile.error.status === 404 || profile.error.status === 400))
      return <NotFoundState />;
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const person = profile.data;
  return (
    <Stack gap="xl" maw={760}>
      <Group gap="lg" wrap="nowrap" align="center">
        <PersonAvatar name={person.displayName} photoUrl={person.photoUrl} size={96} />
        <Stack gap={4}>
          <Title order={1}>{person.displayName}</Title>
          {person.headline && <Text size="lg">{person.headline}</Text>}
        </Stack>
      </Group>
      <ProfileMessage profile={person} />
      <ProfileContact profile={person} />
      <ProfileDetails profile={person} />
    </Stack>
  );
}
