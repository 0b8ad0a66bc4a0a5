import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from './dates';

/** "Since 1 September 2021", or "1 September 2021 to 31 July 2024" once it has an end. */
export function AffiliationDates({ startsOn, endsOn }: { startsOn: string; endsOn: string | null }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Text size="sm" c="dimmed">
      {endsOn
        ? t('affiliations.dates.range', { from: formatDate(startsOn), to: formatDate(endsOn) })
        : t('affiliations.dates.since', { from: formatDate(startsOn) })}
    </Text>
  );
}
