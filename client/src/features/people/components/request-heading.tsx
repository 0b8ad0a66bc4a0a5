import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { paths } from '../../../shared/routing/paths';

interface RequestHeadingProps {
  /** The other person in the request: the sender of one I received, the recipient of one I sent. */
  person: { userId: string; displayName: string };
  sentAt: string;
}

/** A contact request's heading: the other person's name, linking to their profile, and when it was sent. */
export function RequestHeading({ person, sentAt }: RequestHeadingProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Stack gap={2}>
      <Title order={3} size="h4">
        <Anchor component={Link} to={paths.person(person.userId)}>
          {person.displayName}
        </Anchor>
      </Title>
      <Text size="sm" c="dimmed">
        {t('people.requests.sentAt', { date: formatDateTime(sentAt) })}
      </Text>
    </Stack>
  );
}
