import type { Policy } from '../../infrastructure/auth/policy';

/** How the viewer stands towards one thread: everything the rules below need. */
export interface ThreadSubject {
  /** May read the community's tools (members; anyone signed in for an open community). */
  canReadCommunity: boolean;
  member: boolean;
  /** Facilitators of the community and platform admins. */
  moderator: boolean;
  signedIn: boolean;
  isThreadAuthor: boolean;
  locked: boolean;
  deleted: boolean;
}

/** How the viewer stands towards one post of a thread they can read. */
export interface PostSubject extends ThreadSubject {
  isPostAuthor: boolean;
  postState: 'visible' | 'hidden' | 'deleted';
}

const moderator = (s: ThreadSubject) => s.moderator;
const canWrite = (s: ThreadSubject) => s.member && !s.deleted && (!s.locked || s.moderator);

/**
 * Who may do what in a discussion thread. Reading follows the community; writing needs
 * membership (reading an open community does not make you a member); a locked thread takes no
 * new replies except from moderators; a deleted thread exists only for moderators.
 */
export const threadPolicy = {
  read: (s) => s.canReadCommunity && (!s.deleted || s.moderator),
  reply: canWrite,
  react: (s) => s.member && !s.deleted,
  /** Anyone who can read may report a post: safeguarding must not depend on membership. */
  flag: (s) => s.signedIn && s.canReadCommunity && !s.deleted,
  moderate: moderator,
  /** Hidden and deleted text is shown to moderators only. */
  seeRemovedText: moderator,
  acceptAnswer: (s) => (s.isThreadAuthor && s.member && !s.deleted) || s.moderator,
  editThread: (s) => (s.isThreadAuthor && canWrite(s)) || s.moderator,
} as const satisfies Policy<string, ThreadSubject>;
export type ThreadAction = keyof typeof threadPolicy;

export const postPolicy = {
  /** Authors edit their own visible posts while they can still write here; moderators edit any. */
  edit: (s) => (s.isPostAuthor && s.postState === 'visible' && canWrite(s)) || s.moderator,
  delete: (s) => (s.isPostAuthor && s.postState === 'visible' && s.member) || s.moderator,
  restore: moderator,
  react: (s) => threadPolicy.react(s) && s.postState === 'visible',
  flag: (s) => threadPolicy.flag(s) && s.postState === 'visible' && !s.isPostAuthor,
} as const satisfies Policy<string, PostSubject>;
export type PostAction = keyof typeof postPolicy;
