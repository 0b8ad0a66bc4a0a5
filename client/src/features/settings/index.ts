// The settings feature's public surface.
export { settingsPublicRoutes, settingsSignedInRoutes } from './routes';
