import type { AgreementVersion } from '@commonroom/contracts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../../shared/i18n/format-date';

interface AgreementVersionViewProps {
  version: AgreementVersion;
  current: boolean;
}

/** One version: who published it and why, its text, and which organisations agreed to it. */
export function AgreementVersionView({ version, current }: AgreementVersionViewProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t(current ? 'partnerships.agreements.versionCurrent' : 'partnerships.agreements.version', {
          version: version.version,
        })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('partnerships.agreements.published', {
          date: formatDateTime(version.publishedAt),
          name: version.publishedBy,
        })}
      </Text>
      {version.changeNote && (
        <Text size="sm">{t('partnerships.agreements.changeNote', { note: version.changeNote })}</Text>
      )}
      {/* Plain text, its line breaks kept: never read as HTML or Markdown. */}
      <Paper withBorder p="md" radius="sm" bg="gray.0">
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{version.body}</Text>
      </Paper>
      {version.acceptances.length === 0 ? (
        <Text size="sm">{t('partnerships.agreements.noAcceptances')}</Text>
      ) : (
        <Stack
          component="ul"
          gap={2}
          pl="md"
          m={0}
          aria-label={t('partnerships.agreements.acceptancesLabel', { version: version.version })}
        >
          {version.acceptances.map((acceptance) => (
            <Text component="li" size="sm" key={acceptance.organisation.id}>
              {t('partnerships.agreements.agreedBy', {
                organisation: acceptance.organisation.name,
                name: acceptance.agreedBy,
                date: formatDateTime(acceptance.agreedAt),
              })}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
