import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The facilitators' welcome, as plain text: their line breaks kept, nothing interpreted as markup. */
export function WelcomeMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="welcome-heading" p="lg" radius="md" bg="commonroom.0">
      <Stack gap="xs">
        <Title order={2} size="h3" id="welcome-heading">
          {t('communities.home.welcome')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }}>{message}</Text>
      </Stack>
    </Paper>
  );
}
