import type { Policy } from '../../infrastructure/auth/policy';
import type { CommunitySubject } from '../communities';

/** Who may do what with a community's forum as a whole (threads and posts follow the discussion policy). */
export const forumPolicy = {
  startThread: (s) => s.role !== null,
  manageCategories: (s) => s.role === 'facilitator' || s.platformAdmin,
  moderate: (s) => s.role === 'facilitator' || s.platformAdmin,
} as const satisfies Policy<string, CommunitySubject>;
export type ForumAction = keyof typeof forumPolicy;
