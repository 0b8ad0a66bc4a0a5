import { Navigate, type RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { ConfirmEmailPage } from './routes/confirm-email-page';
import { NotificationsPage } from './routes/notifications-page';
import { ProfilePage } from './routes/profile-page';
import { SecurityPage } from './routes/security-page';
import { SettingsLayout } from './routes/settings-layout';
import { UnsubscribePage } from './routes/unsubscribe-page';

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
        { path: paths.settingsNotifications, element: <NotificationsPage /> },
        ...sections,
      ],
    },
  ];
}

/** Pages reached from an email without signing in. */
export const settingsPublicRoutes: RouteObject[] = [{ path: paths.unsubscribe, element: <UnsubscribePage /> }];
