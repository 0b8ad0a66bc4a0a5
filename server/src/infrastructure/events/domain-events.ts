/**
 * Every domain event and its payload, in one typed map so emitters and subscribers cannot
 * disagree. Payloads carry ids and facts, never free text (which may identify a pupil).
 * Features add their events here.
 */
export interface DomainEventMap {
  'organisation.created': { organisationId: string };
  'organisation.updated': { organisationId: string };
  /** Requested, verified, rejected or ended: anything that changes what it grants. */
  'affiliation.changed': { affiliationId: string; userId: string; organisationId: string };
  'partnership.changed': { partnershipId: string };
  'community.created': { communityId: string };
  'community.updated': { communityId: string };
  'community.membership_changed': {
    communityId: string;
    userId: string;
    change: 'joined' | 'left' | 'removed' | 'role_changed';
  };
  /** A profile field, its visibility, the photo or the display name changed. */
  'profile.changed': { userId: string };
  /** A post was written, edited, hidden, restored, deleted or moved: search engines re-read it. */
  'discussion.post_changed': { postId: string; threadId: string };
  /** A thread's title, tags, category or deletion changed: every post in it is re-read. */
  'discussion.thread_changed': { threadId: string };
  /** One or more of a person's sessions were revoked (sign-out, from another device, password change). */
  'session.revoked': { userId: string };
  /** Someone sent a contact request: its recipient is emailed (never the message itself). */
  'contact.requested': { requestId: string };
  /** Accepted or declined: the sender hears of an acceptance only (a decline is never told). */
  'contact.answered': { requestId: string; accepted: boolean };
  /** A post was published (number 1 = a new thread): notifications decide who hears of it. */
  'discussion.post_published': { postId: string; threadId: string };
  'discussion.answer_accepted': { threadId: string; postId: string; byUserId: string };
  'discussion.reaction_added': { postId: string; userId: string };
  'discussion.post_moderated': {
    postId: string;
    threadId: string;
    action: 'hidden' | 'restored' | 'deleted';
    byUserId: string;
  };
  'community.join_decided': { requestId: string; communityId: string; userId: string; approved: boolean };
  'community.invited': { invitationId: string; communityId: string; userId: string };
}

export type DomainEventType = keyof DomainEventMap;

export interface DeliveredEvent<T extends DomainEventType = DomainEventType> {
  id: string;
  type: T;
  payload: DomainEventMap[T];
  occurredAt: Date;
  /** 1 on the first delivery; handlers must be idempotent because an event can be redelivered. */
  attempt: number;
}

export type DomainEventHandler<T extends DomainEventType = DomainEventType> = (
  event: DeliveredEvent<T>,
) => Promise<void> | void;

/** The channel the outbox NOTIFYs on commit, waking dispatchers at once. */
export const OUTBOX_CHANNEL = 'outbox_events';
