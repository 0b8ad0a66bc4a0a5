import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/components/page-title';
import { useCurrentUser } from '../../auth';
import { ChangePasswordForm } from '../components/change-password-form';
import { RecentActivitySection } from '../components/recent-activity-section';
import { SessionsSection } from '../components/sessions-section';
import { SignInMethodsSection } from '../components/sign-in-methods-section';
import { TwoFactorSection } from '../components/two-factor-section';

/** `/settings/security`: password, two-step sign-in, ways to sign in, devices, recent activity. */
export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.security.title'));
  // RequireUser has already made sure someone is signed in.
  const user = useCurrentUser();
  if (!user) return null;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('settings.security.title')}</Title>
      <ChangePasswordForm user={user} />
      <TwoFactorSection user={user} />
      <SignInMethodsSection />
      <SessionsSection />
      <RecentActivitySection />
    </Stack>
  );
}
