// The auth feature's public surface: other features and the app import these, nothing deeper.
export { authPublicRoutes } from './routes';
export { AccountMenu } from './components/account-menu';
export { VisitorLinks } from './components/visitor-links';
export { RequireUser } from './components/require-user';
export { oidcStartHref, signOut } from './api/auth.api';
export {
  accountKeyRoot,
  connectCsrfToSession,
  refreshSession,
  sessionKey,
  startNewSession,
  updateSessionUser,
  useCurrentUser,
  useSession,
} from './api/session';
