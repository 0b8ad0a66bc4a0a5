/** Paths used in links and routes, so a renamed route cannot leave a dead link behind. */
export const paths = {
  home: '/',
  organisations: '/organisations',
  signIn: '/sign-in',
  signUp: '/sign-up',
  verifyEmail: '/verify-email',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  confirmEmail: '/confirm-email',
  settings: '/settings',
  settingsProfile: '/settings/profile',
  settingsSecurity: '/settings/security',
  /** Served by the server in development only: the emails it would have sent. */
  devMail: '/dev/mail',
} as const;
