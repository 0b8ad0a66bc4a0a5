// The home feature's public surface.
export { homeRoutes } from './routes';
export { NeedsCount } from './components/needs-count';
