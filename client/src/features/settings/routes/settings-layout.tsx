import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../../../shared/routing/paths';

/** `/settings/*`: the sections of the settings, then the chosen section. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const sections = [
    { to: paths.settingsProfile, label: t('settings.nav.profile') },
    { to: paths.settingsSecurity, label: t('settings.nav.security') },
    { to: paths.settingsNotifications, label: t('settings.nav.notifications') },
    { to: paths.settingsAffiliations, label: t('affiliations.nav') },
  ];
  return (
    <Stack gap="lg" maw={720}>
      <nav aria-label={t('settings.nav.label')}>
        <Group component="ul" gap="xs" className="primary-nav">
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} className="primary-nav-link">
                {section.label}
              </NavLink>
            </li>
          ))}
        </Group>
      </nav>
      <Outlet />
    </Stack>
  );
}
