import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { ErrorState } from '../../../shared/components/error-state';
import { paths } from '../../../shared/routing/paths';

interface ForumLoadErrorProps {
  error: unknown;
  onRetry: () => void;
  communitySlug: string;
}

/**
 * A category or thread that failed to load. Missing and not allowed both answer 404, said the
 * same way with a way back to the forum; anything else can be retried.
 */
export function ForumLoadError({ error, onRetry, communitySlug }: ForumLoadErrorProps) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.status !== 404) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <Stack gap="sm" py="md">
      <Text fw={700}>{t('forums.notFound.heading')}</Text>
      <Text>{t('forums.notFound.body')}</Text>
      <Anchor component={Link} to={paths.forum(communitySlug)}>
        {t('forums.notFound.back')}
      </Anchor>
    </Stack>
  );
}
