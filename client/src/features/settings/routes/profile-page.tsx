import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/components/page-title';
import { useCurrentUser } from '../../auth';
import { ChangeEmailForm } from '../components/change-email-form';
import { DisplayNameForm } from '../components/display-name-form';
import { ProfileEditor } from '../components/profile-editor/profile-editor';

/** `/settings/profile`: the person's name, email address and the profile colleagues find. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.profile.title'));
  // RequireUser has already made sure someone is signed in.
  const user = useCurrentUser();
  if (!user) return null;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('settings.profile.title')}</Title>
      <DisplayNameForm user={user} />
      <ChangeEmailForm user={user} />
      <ProfileEditor />
    </Stack>
  );
}
