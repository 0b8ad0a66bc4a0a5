// The home feature's public surface.
export { homeRoutes } from './routes';
