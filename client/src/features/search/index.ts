// The search feature's public surface.
export { searchSignedInRoutes } from './routes';
export { GlobalSearchBox } from './components/global-search-box';
