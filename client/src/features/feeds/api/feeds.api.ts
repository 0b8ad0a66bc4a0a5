import { feedTokenStateSchema, type FeedTokenState } from '@commonroom/contracts';
import { apiGet, apiSend } from '../../../shared/api/api-client';

export function fetchFeedToken(): Promise<FeedTokenState> {
  return apiGet('/api/me/feed-token', feedTokenStateSchema);
}

/** A new private link; the old one stops working at once. */
export function makeFeedToken(): Promise<FeedTokenState> {
  return apiSend('POST', '/api/me/feed-token', undefined, feedTokenStateSchema);
}

export function turnOffFeedToken(): Promise<void> {
  return apiSend('DELETE', '/api/me/feed-token');
}
