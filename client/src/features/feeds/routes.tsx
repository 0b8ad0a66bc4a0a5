import type { RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { lazyScreen } from '../../shared/routing/lazy-route';

/** "Private feed links", a section of the settings (plugged in by the app). */
export const feedsSettingsRoutes: RouteObject[] = [
  { path: paths.settingsFeeds, lazy: lazyScreen(() => import('./routes/private-feeds-page'), 'PrivateFeedsPage') },
];
