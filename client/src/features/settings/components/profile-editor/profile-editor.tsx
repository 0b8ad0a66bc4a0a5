import {
  AVAILABILITY,
  MAX_BIO_LENGTH,
  type FieldVisibility,
  type MyProfile,
  type ProfileField,
} from '@commonroom/contracts';
import {
  Anchor,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../../shared/components/error-state';
import { LiveMessage } from '../../../../shared/components/live-message';
import { LoadingState } from '../../../../shared/components/loading-state';
import { Section } from '../../../../shared/components/section';
import { FormError } from '../../../../shared/forms/form-error';
import { SubmitButton } from '../../../../shared/forms/submit-button';
import { useTermOptions } from '../../../../shared/i18n/taxonomy';
import { paths } from '../../../../shared/routing/paths';
import { profileTermOptions } from '../../../people';
import { useMyProfile, useUpdateMyProfile } from '../../api/my-profile.queries';
import { FieldRow } from './field-row';
import { LinksField } from './links-field';
import { PhotoField } from './photo-field';
import { draftFrom, requestFrom, serverErrors, type DraftErrors, type ProfileDraft } from './profile-draft';

/** `/settings/profile`: the profile the people finder shows, each field with who may see it. */
export function ProfileEditor() {
  const profile = useMyProfile();
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  // The draft starts from the first answer and is kept as typed after that: a photo change (saved
  // at once) refreshes the profile without throwing away unsaved edits.
  return <ProfileForm profile={profile.data} />;
}

function ProfileForm({ profile }: { profile: MyProfile }) {
  const { t } = useTranslation();
  const update = useUpdateMyProfile();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFrom(profile));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const phaseOptions = useTermOptions('phase');

  const set = <K extends keyof ProfileDraft>(name: K, value: ProfileDraft[K]) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const setVisibility = (field: ProfileField, value: FieldVisibility) =>
    set('visibility', { ...draft.visibility, [field]: value });
  const row = (field: ProfileField) => ({ field, visibility: draft.visibility[field], onVisibility: setVisibility });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = requestFrom(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (update.isPending) return;
    update.mutate(checked.request, {
      onError: (error) => {
        const fieldErrors = serverErrors(error, draft);
        if (fieldErrors) setErrors(fieldErrors);
        else setFormError(error);
      },
    });
  };

  return (
    <Section heading={t('profileEditor.heading')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Text size="sm">{t('profileEditor.searchableHelp')}</Text>
          <FieldRow {...row('name')}>
            <Text size="sm" fw={500}>
              {t('profileEditor.fields.name')}
            </Text>
            <Text>{profile.displayName}</Text>
          </FieldRow>
          <FieldRow {...row('photo')}>
            <PhotoField profile={profile} />
          </FieldRow>
          <FieldRow {...row('headline')}>
            <TextInput
              label={t('profileEditor.fields.headline')}
              description={t('profileEditor.headlineHint')}
              value={draft.headline}
              error={errors.headline}
              maxLength={140}
              onChange={(e) => set('headline', e.currentTarget.value)}
            />
          </FieldRow>
          {(['currentAffiliations', 'pastAffiliations'] as const).map((field) => (
            <FieldRow key={field} {...row(field)}>
              <Text size="sm" fw={500}>
                {t(`profileEditor.fields.${field}`)}
              </Text>
              <Anchor component={Link} to={paths.settingsAffiliations} size="sm">
                {t('profileEditor.affiliationsLink')}
              </Anchor>
            </FieldRow>
          ))}
          <FieldRow {...row('phases')}>
            <MultiSelect
              label={t('profileEditor.fields.phases')}
              data={phaseOptions}
              value={draft.phases}
              error={errors.phases}
              onChange={(value) => set('phases', value)}
              clearable
            />
          </FieldRow>
          <FieldRow {...row('subjects')}>
            <MultiSelect
              label={t('profileEditor.fields.subjects')}
              data={profileTermOptions('subject')}
              value={draft.subjects}
              error={errors.subjects}
              onChange={(value) => set('subjects', value)}
              searchable
              clearable
            />
          </FieldRow>
          <FieldRow {...row('expertise')}>
            <Stack gap="xs">
              <MultiSelect
                label={t('profileEditor.fields.expertise')}
                data={profileTermOptions('expertise')}
                value={draft.expertise}
                error={errors.expertise}
                onChange={(value) => set('expertise', value)}
                searchable
                clearable
              />
              <TagsInput
                label={t('profileEditor.freeTags')}
                description={t('profileEditor.freeTagsHint')}
                value={draft.freeTags}
                error={errors.freeTags}
                onChange={(value) => set('freeTags', value)}
                maxTags={10}
              />
            </Stack>
          </FieldRow>
          <FieldRow {...row('mentorStage')}>
            <Select
              label={t('profileEditor.fields.mentorStage')}
              data={profileTermOptions('mentorStage')}
              value={draft.mentorStage}
              error={errors.mentorStage}
              onChange={(value) => set('mentorStage', value)}
              clearable
              placeholder={t('profileEditor.notSet')}
            />
          </FieldRow>
          <FieldRow {...row('bio')}>
            <Textarea
              label={t('profileEditor.fields.bio')}
              value={draft.bio}
              error={errors.bio}
              maxLength={MAX_BIO_LENGTH}
              rows={4}
              onChange={(e) => set('bio', e.currentTarget.value)}
            />
          </FieldRow>
          <FieldRow {...row('links')}>
            <LinksField links={draft.links} error={errors.links} onChange={(links) => set('links', links)} />
          </FieldRow>
          <FieldRow {...row('availability')}>
            <Checkbox.Group
              label={t('profileEditor.fields.availability')}
              value={draft.availability}
              error={errors.availability}
              onChange={(value) => set('availability', value)}
            >
              <Stack gap={6} mt={6}>
                {AVAILABILITY.map((term) => (
                  <Checkbox key={term.id} value={term.id} label={term.label} />
                ))}
              </Stack>
            </Checkbox.Group>
          </FieldRow>
          <FieldRow {...row('contactEmail')}>
            <TextInput
              label={t('profileEditor.fields.contactEmail')}
              description={t('profileEditor.contactHint')}
              type="email"
              autoComplete="email"
              value={draft.contactEmail}
              error={errors.contactEmail}
              onChange={(e) => set('contactEmail', e.currentTarget.value)}
            />
          </FieldRow>
          <FieldRow {...row('contactPhone')}>
            <TextInput
              label={t('profileEditor.fields.contactPhone')}
              type="tel"
              autoComplete="tel"
              value={draft.contactPhone}
              error={errors.contactPhone}
              onChange={(e) => set('contactPhone', e.currentTarget.value)}
            />
          </FieldRow>
          <FormError error={formError} />
          <Group>
            <SubmitButton pending={update.isPending} pendingLabel={t('profileEditor.saving')}>
              {t('profileEditor.save')}
            </SubmitButton>
          </Group>
          <LiveMessage>{update.isSuccess && t('profileEditor.saved')}</LiveMessage>
        </Stack>
      </form>
    </Section>
  );
}
