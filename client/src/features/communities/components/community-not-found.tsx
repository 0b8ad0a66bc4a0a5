import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/components/error-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { paths } from '../../../shared/routing/paths';
import { signInHref } from '../../../shared/routing/return-to';
import { useCurrentUser } from '../../auth';

/**
 * The server answers 404 both for a community that does not exist and for one the viewer may not
 * see (a hidden community, settings for a non-facilitator), so the page says the same for both.
 */
export function CommunityNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('communities.notFound.title'));
  const user = useCurrentUser();
  const location = useLocation();
  return (
    <Stack gap="md" py="xl" maw={640}>
      <Title order={1}>{t('communities.notFound.heading')}</Title>
      <Text>{t('communities.notFound.body')}</Text>
      {user === null && (
        <Text>
          {t('communities.notFound.signedOut')}{' '}
          <Anchor component={Link} to={signInHref(location.pathname)}>
            {t('communities.notFound.signIn')}
          </Anchor>
        </Text>
      )}
      <Anchor component={Link} to={paths.communities}>
        {t('communities.notFound.browse')}
      </Anchor>
    </Stack>
  );
}

/** A failed community request: the friendly not-found page for 404, the usual error otherwise. */
export function CommunityLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && error.status === 404) return <CommunityNotFound />;
  return <ErrorState error={error} onRetry={onRetry} />;
}
