// The notifications feature's public surface: the app adds its page and puts the bell in the header.
export { notificationsSignedInRoutes } from './routes';
export { NotificationBell } from './components/notification-bell';
