import type { RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { PrivateFeedsPage } from './routes/private-feeds-page';

/** "Private feed links", a section of the settings (plugged in by the app). */
export const feedsSettingsRoutes: RouteObject[] = [{ path: paths.settingsFeeds, element: <PrivateFeedsPage /> }];
