import {
  homeNeedsSchema,
  homeSchema,
  homeThreadPageSchema,
  publicHomeSchema,
  type Home,
  type HomeNeeds,
  type HomeThreadPage,
  type PublicHome,
} from '@commonroom/contracts';
import { apiGet, type RequestOptions } from '../../../shared/api/api-client';

export function fetchHome(options?: RequestOptions): Promise<Home> {
  return apiGet('/api/home', homeSchema, undefined, options);
}

/** The page after `cursor` of unread or latest threads across my communities. */
export function fetchHomeThreads(
  filter: 'latest' | 'unread',
  cursor: string,
  options?: RequestOptions,
): Promise<HomeThreadPage> {
  return apiGet('/api/home/threads', homeThreadPageSchema, { filter, cursor }, options);
}

export function fetchNeeds(options?: RequestOptions): Promise<HomeNeeds> {
  return apiGet('/api/home/needs', homeNeedsSchema, undefined, options);
}

export function fetchPublicHome(options?: RequestOptions): Promise<PublicHome> {
  return apiGet('/api/home/public', publicHomeSchema, undefined, options);
}
