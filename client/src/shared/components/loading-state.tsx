import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadingStateProps {
  /** What is loading, when "Loading…" alone would be vague. */
  label?: string;
}

/** A polite, announced loading indicator; the spinner is decoration, the text is the message. */
export function LoadingState({ label }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <Group role="status" gap="sm" py="lg" justify="center">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label ?? t('common.loading')}</Text>
    </Group>
  );
}
