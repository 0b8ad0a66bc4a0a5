// The organisations feature's public surface: other features and the app import these, nothing deeper.
export { organisationsPublicRoutes, organisationsSettingsRoutes, organisationsSignedInRoutes } from './routes';
export { DirectoryOverviewSection } from './components/directory-overview';
