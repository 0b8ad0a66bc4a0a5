import type { RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { lazyScreen } from '../../shared/routing/lazy-route';

/** Signing up, in and back in: open to everyone. */
export const authPublicRoutes: RouteObject[] = [
  { path: paths.signUp, lazy: lazyScreen(() => import('./routes/sign-up-page'), 'SignUpPage') },
  { path: paths.signIn, lazy: lazyScreen(() => import('./routes/sign-in-page'), 'SignInPage') },
  { path: paths.verifyEmail, lazy: lazyScreen(() => import('./routes/verify-email-page'), 'VerifyEmailPage') },
  { path: paths.forgotPassword, lazy: lazyScreen(() => import('./routes/forgot-password-page'), 'ForgotPasswordPage') },
  { path: paths.resetPassword, lazy: lazyScreen(() => import('./routes/reset-password-page'), 'ResetPasswordPage') },
];
