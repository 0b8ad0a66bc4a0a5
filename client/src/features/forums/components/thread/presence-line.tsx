import type { PersonRef } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../../../../shared/i18n/i18n';

interface PresenceLineProps {
  people: readonly PersonRef[];
  typing: readonly PersonRef[];
  viewerId: string | undefined;
}

/** Who else has the thread open, and who is writing; quiet text, not announced on every change. */
export function PresenceLine({ people, typing, viewerId }: PresenceLineProps) {
  const { t, i18n } = useTranslation();
  const locale = SUPPORTED_LANGUAGES.find((language) => language.code === i18n.language)?.htmlLang ?? 'en-GB';
  const names = (list: readonly PersonRef[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(list.map((person) => person.displayName));
  const others = people.filter((person) => person.id !== viewerId);
  const writers = typing.filter((person) => person.id !== viewerId);
  if (others.length === 0 && writers.length === 0) return null;
  return (
    <Stack gap={2}>
      {others.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('forums.presence.alsoHere', { names: names(others) })}
        </Text>
      )}
      {writers.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('forums.presence.typing', { count: writers.length, names: names(writers) })}
        </Text>
      )}
    </Stack>
  );
}
