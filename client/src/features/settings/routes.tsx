import { Navigate, type RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { ConfirmEmailPage } from './routes/confirm-email-page';
import { ProfilePage } from './routes/profile-page';
import { SecurityPage } from './routes/security-page';
import { SettingsLayout } from './routes/settings-layout';

/**
 * The account's own pages (wrapped in RequireUser by the app's routes). `sections` are other
 * features' pages shown under the settings navigation (organisations' "Where I work"), given by
 * the app so settings need not import them.
 */
export function settingsSignedInRoutes(sections: RouteObject[] = []): RouteObject[] {
  return [
    { path: paths.confirmEmail, element: <ConfirmEmailPage /> },
    {
      path: paths.settings,
      element: <SettingsLayout />,
      children: [
        { index: true, element: <Navigate to={paths.settingsProfile} replace /> },
        { path: paths.settingsProfile, element: <ProfilePage /> },
        { path: paths.settingsSecurity, element: <SecurityPage /> },
        ...sections,
      ],
    },
  ];
}
