import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/components/page-title';
import { DirectoryOverviewSection } from '../../organisations';
import { YourCommunitiesSection } from '../../communities';

/** `/`: what Commonroom is for, the signed-in person's communities, then the directory at a glance. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <Stack gap="xl">
      <Stack gap="sm" maw={720}>
        <Title order={1}>{t('home.heading')}</Title>
        <Text fz="lg">{t('home.intro')}</Text>
      </Stack>
      <YourCommunitiesSection />
      <DirectoryOverviewSection />
    </Stack>
  );
}
