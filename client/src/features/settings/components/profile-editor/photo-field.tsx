import { PROFILE_PHOTO, type MyProfile } from '@commonroom/contracts';
import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { ServerMessage } from '../../../../shared/forms/server-message';
import { PersonAvatar } from '../../../../shared/components/person-avatar';
import { useRemoveProfilePhoto, useUploadProfilePhoto } from '../../api/my-profile.queries';

/** Upload or remove the photo at once (it is not part of the form's Save). */
export function PhotoField({ profile }: { profile: MyProfile }) {
  const { t } = useTranslation();
  const upload = useUploadProfilePhoto();
  const remove = useRemoveProfilePhoto();
  const error = upload.error ?? remove.error;
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('profileEditor.fields.photo')}
      </Text>
      <Group gap="md">
        <PersonAvatar name={profile.displayName} photoUrl={profile.photoUrl} size={72} />
        <FileButton accept={PROFILE_PHOTO.types.join(',')} onChange={(file) => file && upload.mutate(file)}>
          {(props) => (
            <Button {...props} variant="default" loading={upload.isPending}>
              {t(profile.photoUrl ? 'profileEditor.photoReplace' : 'profileEditor.photoUpload')}
            </Button>
          )}
        </FileButton>
        {profile.photoUrl && (
          <BusyButton
            variant="default"
            busy={remove.isPending}
            busyLabel={t('profileEditor.photoRemoving')}
            onClick={() => remove.mutate()}
          >
            {t('profileEditor.photoRemove')}
          </BusyButton>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('profileEditor.photoHint', { megabytes: PROFILE_PHOTO.maxBytes / 1024 / 1024 })}
      </Text>
      {error && <ServerMessage error={error} statuses={[400, 413, 415, 422]} />}
    </Stack>
  );
}
