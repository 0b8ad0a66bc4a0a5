// The communities feature's public surface: other features and the app import these, nothing deeper.
export { communitiesRoutes } from './routes';
export type { CommunityToolFeature } from './community-tools';
export { useLayoutCommunity } from './routes/community-layout';
