// The feeds feature's public surface: other features and the app import these, nothing deeper.
export { feedsSettingsRoutes } from './routes';
export { FeedLinks } from './components/feed-links';
