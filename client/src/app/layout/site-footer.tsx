import { Box, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Outside <main> so it is the page's contentinfo landmark. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" className="site-footer" py="lg">
      <Container size="lg">
        <Text size="sm" c="dimmed">
          {t('app.footer')}
        </Text>
      </Container>
    </Box>
  );
}
