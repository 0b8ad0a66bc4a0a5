import type { PersonCard as PersonCardData } from '@commonroom/contracts';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { AffiliationLine } from './affiliation-line';
import { HighlightedText } from '../../../shared/components/highlighted-text';
import { PersonAvatar } from '../../../shared/components/person-avatar';
import { TermBadges } from './term-badges';

/** One person in results, with only what the searcher may see (absent fields are not shown). */
export function PersonCard({ person, headingLevel = 3 }: { person: PersonCardData; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <PersonAvatar name={person.displayName} photoUrl={person.photoUrl} />
        <Stack gap={6} flex={1} miw={0}>
          <Title order={headingLevel} size="h4">
            <Anchor component={Link} to={paths.person(person.userId)}>
              {person.displayName}
            </Anchor>
          </Title>
          {person.headline && <Text>{person.headline}</Text>}
          {person.currentAffiliations?.map((affiliation) => (
            <AffiliationLine key={`${affiliation.organisation.id}-${affiliation.role}`} affiliation={affiliation} />
          ))}
          <TermBadges taxonomy="subject" ids={person.subjects} label={t('people.profile.subjects')} />
          <TermBadges
            taxonomy="availability"
            ids={person.availability}
            label={t('people.profile.availability')}
            variant="light"
          />
          {person.highlight && (
            <Text size="sm" c="dimmed">
              <HighlightedText html={person.highlight} />
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
