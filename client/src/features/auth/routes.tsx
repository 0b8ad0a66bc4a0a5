import type { RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { ForgotPasswordPage } from './routes/forgot-password-page';
import { ResetPasswordPage } from './routes/reset-password-page';
import { SignInPage } from './routes/sign-in-page';
import { SignUpPage } from './routes/sign-up-page';
import { VerifyEmailPage } from './routes/verify-email-page';

/** Signing up, in and back in: open to everyone. */
export const authPublicRoutes: RouteObject[] = [
  { path: paths.signUp, element: <SignUpPage /> },
  { path: paths.signIn, element: <SignInPage /> },
  { path: paths.verifyEmail, element: <VerifyEmailPage /> },
  { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
  { path: paths.resetPassword, element: <ResetPasswordPage /> },
];
