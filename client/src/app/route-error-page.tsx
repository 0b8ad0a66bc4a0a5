import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../shared/components/page-title';
import { paths } from '../shared/routing/paths';

/**
 * The error boundary for every route: a render error or a failed loader ends here instead of
 * a blank screen. A plain <a> for "home" so it works even when the router itself is broken.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('routeError.title'));

  useEffect(() => {
    // Kept in the console for whoever is helping the user; never shown raw to the user.
    console.error(error);
  }, [error]);

  return (
    <Stack role="alert" gap="md" py="xl" px="md" maw={640}>
      <Title order={1}>{t('routeError.heading')}</Title>
      <Text>{t('routeError.body')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        <Anchor href={paths.home}>{t('routeError.home')}</Anchor>
      </Group>
    </Stack>
  );
}
