import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { useHome } from '../api/home.queries';
import { HomeThreads } from './home-threads';
import { MyCommunities } from './my-communities';
import { WaitingForYou } from './waiting-for-you';

/** Signed in: unread first, then what waits for me, then my communities with their activity. */
export function SignedInHome() {
  const { t } = useTranslation();
  const home = useHome();
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('home.signedIn.heading')}
      </Title>
      {home.isPending && <LoadingState />}
      {home.isError && <ErrorState error={home.error} onRetry={() => void home.refetch()} />}
      {home.data && (
        <>
          <HomeThreads unread={home.data.unread} latest={home.data.latest} />
          <WaitingForYou waiting={home.data.waiting} />
          <MyCommunities communities={home.data.communities} />
        </>
      )}
    </Stack>
  );
}
