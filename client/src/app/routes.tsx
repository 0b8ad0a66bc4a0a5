import { Navigate, type RouteObject } from 'react-router';
import { RequireUser } from '../features/auth/components/require-user';
import { ForgotPasswordPage } from '../features/auth/routes/forgot-password-page';
import { ResetPasswordPage } from '../features/auth/routes/reset-password-page';
import { SignInPage } from '../features/auth/routes/sign-in-page';
import { SignUpPage } from '../features/auth/routes/sign-up-page';
import { VerifyEmailPage } from '../features/auth/routes/verify-email-page';
import { communitiesPublicRoutes, communitiesSignedInRoutes } from '../features/communities/routes';
import { OrganisationsPage } from '../features/organisations/routes/organisations-page';
import { HomePage } from '../features/home/routes/home-page';
import { organisationsPublicRoutes, organisationsSignedInRoutes } from '../features/organisations/routes';
import { MyAffiliationsPage } from '../features/organisations/routes/my-affiliations-page';
import { peoplePublicRoutes, peopleSignedInRoutes } from '../features/people/routes';
import { searchSignedInRoutes } from '../features/search/routes';
import { ConfirmEmailPage } from '../features/settings/routes/confirm-email-page';
import { ProfilePage } from '../features/settings/routes/profile-page';
import { SecurityPage } from '../features/settings/routes/security-page';
import { SettingsLayout } from '../features/settings/routes/settings-layout';
import { paths } from '../shared/routing/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    // Last resort when the layout itself fails: still a readable page.
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors in a screen render inside the shell, so navigation keeps working.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: paths.organisations, element: <OrganisationsPage /> },
          { path: paths.signUp, element: <SignUpPage /> },
          { path: paths.signIn, element: <SignInPage /> },
          { path: paths.verifyEmail, element: <VerifyEmailPage /> },
          { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
          { path: paths.resetPassword, element: <ResetPasswordPage /> },
          ...organisationsPublicRoutes,
          ...communitiesPublicRoutes,
          ...peoplePublicRoutes,
          {
            // Signed-in only; anyone else is sent to sign in and brought back.
            element: <RequireUser />,
            children: [
              { path: paths.confirmEmail, element: <ConfirmEmailPage /> },
              ...organisationsSignedInRoutes,
              ...communitiesSignedInRoutes,
              ...peopleSignedInRoutes,
              ...searchSignedInRoutes,
              {
                path: paths.settings,
                element: <SettingsLayout />,
                children: [
                  { index: true, element: <Navigate to={paths.settingsProfile} replace /> },
                  { path: paths.settingsProfile, element: <ProfilePage /> },
                  { path: paths.settingsSecurity, element: <SecurityPage /> },
                  { path: paths.settingsAffiliations, element: <MyAffiliationsPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
