// The settings feature's public surface.
export { settingsSignedInRoutes } from './routes';
