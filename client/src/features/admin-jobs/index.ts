// The background jobs page for platform admins: the app adds its route and the account menu's item.
export { adminJobsSignedInRoutes } from './routes';
export { JobsMenuItem } from './components/jobs-menu-item';
