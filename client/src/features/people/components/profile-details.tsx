import type { ProfileAffiliation, ProfileView } from '@commonroom/contracts';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AffiliationLine } from './affiliation-line';
import { useProfileTermLabel } from './profile-terms';
import { TermBadges } from './term-badges';

/** A titled part of the profile; nothing at all when the field is absent (hidden) or empty. */
function Field({ heading, show, children }: { heading: string; show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <Stack gap={6} component="section">
      <Title order={2} size="h4">
        {heading}
      </Title>
      {children}
    </Stack>
  );
}

function Affiliations({ items }: { items: ProfileAffiliation[] }) {
  return (
    <Stack gap={4}>
      {items.map((affiliation) => (
        <AffiliationLine
          key={`${affiliation.organisation.id}-${affiliation.role}-${affiliation.startsOn}`}
          affiliation={affiliation}
        />
      ))}
    </Stack>
  );
}

const has = (list: readonly unknown[] | undefined): list is unknown[] => Boolean(list && list.length > 0);

/** Every field of the profile the viewer may see, in a reading order; hidden fields leave no trace. */
export function ProfileDetails({ profile }: { profile: ProfileView }) {
  const { t } = useTranslation();
  const termLabel = useProfileTermLabel();
  return (
    <Stack gap="lg">
      <Field heading={t('people.profile.currentAffiliations')} show={has(profile.currentAffiliations)}>
        <Affiliations items={profile.currentAffiliations ?? []} />
      </Field>
      <Field heading={t('people.profile.bio')} show={Boolean(profile.bio)}>
        <Text style={{ whiteSpace: 'pre-line' }}>{profile.bio}</Text>
      </Field>
      <Field heading={t('people.profile.phases')} show={has(profile.phases)}>
        <TermBadges taxonomy="phase" ids={profile.phases} label={t('people.profile.phases')} />
      </Field>
      <Field heading={t('people.profile.subjects')} show={has(profile.subjects)}>
        <TermBadges taxonomy="subject" ids={profile.subjects} label={t('people.profile.subjects')} />
      </Field>
      <Field heading={t('people.profile.expertise')} show={has(profile.expertise) || has(profile.freeTags)}>
        <TermBadges
          taxonomy="expertise"
          ids={profile.expertise}
          label={t('people.profile.expertise')}
          variant="outline"
        />
        {has(profile.freeTags) && (
          <Text size="sm">{t('people.profile.freeTags', { tags: profile.freeTags.join(', ') })}</Text>
        )}
      </Field>
      <Field heading={t('people.profile.mentorStage')} show={Boolean(profile.mentorStage)}>
        <Text>{profile.mentorStage && termLabel('mentorStage', profile.mentorStage)}</Text>
      </Field>
      <Field heading={t('people.profile.availability')} show={has(profile.availability)}>
        <TermBadges
          taxonomy="availability"
          ids={profile.availability}
          label={t('people.profile.availability')}
          variant="light"
        />
      </Field>
      <Field heading={t('people.profile.links')} show={has(profile.links)}>
        <List spacing={4}>
          {profile.links?.map((link) => (
            <List.Item key={link.url}>
              <Anchor href={link.url} rel="noopener nofollow ugc" target="_blank">
                {link.label}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Field>
      <Field heading={t('people.profile.contactDetails')} show={Boolean(profile.contactEmail || profile.contactPhone)}>
        {profile.contactEmail && (
          <Text>
            {t('people.contact.email')} <Anchor href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</Anchor>
          </Text>
        )}
        {profile.contactPhone && (
          <Text>
            {t('people.contact.phone')} {profile.contactPhone}
          </Text>
        )}
      </Field>
      <Field heading={t('people.profile.pastAffiliations')} show={has(profile.pastAffiliations)}>
        <Affiliations items={profile.pastAffiliations ?? []} />
      </Field>
    </Stack>
  );
}
