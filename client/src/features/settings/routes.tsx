import { Navigate, type RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { lazyScreen } from '../../shared/routing/lazy-route';

/**
 * The account's own pages (wrapped in RequireUser by the app's routes). `sections` are other
 * features' pages shown under the settings navigation (organisations' "Where I work"), given by
 * the app so settings need not import them.
 */
export function settingsSignedInRoutes(sections: RouteObject[] = []): RouteObject[] {
  return [
    { path: paths.confirmEmail, lazy: lazyScreen(() => import('./routes/confirm-email-page'), 'ConfirmEmailPage') },
    {
      path: paths.settings,
      lazy: lazyScreen(() => import('./routes/settings-layout'), 'SettingsLayout'),
      children: [
        { index: true, element: <Navigate to={paths.settingsProfile} replace /> },
        { path: paths.settingsProfile, lazy: lazyScreen(() => import('./routes/profile-page'), 'ProfilePage') },
        { path: paths.settingsSecurity, lazy: lazyScreen(() => import('./routes/security-page'), 'SecurityPage') },
        {
          path: paths.settingsNotifications,
          lazy: lazyScreen(() => import('./routes/notifications-page'), 'NotificationsPage'),
        },
        ...sections,
      ],
    },
  ];
}

/** Pages reached from an email without signing in. */
export const settingsPublicRoutes: RouteObject[] = [
  { path: paths.unsubscribe, lazy: lazyScreen(() => import('./routes/unsubscribe-page'), 'UnsubscribePage') },
];
