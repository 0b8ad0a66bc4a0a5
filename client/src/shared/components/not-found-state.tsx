import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './page-title';
import { paths } from '../routing/paths';

/**
 * What a screen shows for something missing *or* not allowed: the server answers 404 for both,
 * so nobody can learn from the difference that a hidden thing exists.
 */
export function NotFoundState() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack gap="md" py="xl" maw={640}>
      <Title order={1}>{t('notFound.heading')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Anchor component={Link} to={paths.home}>
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
