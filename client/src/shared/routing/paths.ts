/** Paths used in links and routes, so a renamed route cannot leave a dead link behind. */
export const paths = {
  home: '/',
  organisations: '/organisations',
  organisation: (slug: string) => `/organisations/${encodeURIComponent(slug)}`,
  organisationManage: (slug: string) => `/organisations/${encodeURIComponent(slug)}/manage`,
  partnerships: '/partnerships',
  partnership: (slug: string) => `/partnerships/${encodeURIComponent(slug)}`,
  partnershipNew: '/partnerships/new',
  communities: '/communities',
  communityNew: '/communities/new',
  community: (slug: string) => `/communities/${encodeURIComponent(slug)}`,
  communityTool: (slug: string, tool: string) => `/communities/${encodeURIComponent(slug)}/${tool}`,
  communitySettings: (slug: string) => `/communities/${encodeURIComponent(slug)}/settings`,
  forum: (slug: string) => `/communities/${encodeURIComponent(slug)}/forum`,
  forumCategory: (slug: string, categorySlug: string) =>
    `/communities/${encodeURIComponent(slug)}/forum/c/${encodeURIComponent(categorySlug)}`,
  forumNewThread: (slug: string, categorySlug: string) =>
    `/communities/${encodeURIComponent(slug)}/forum/c/${encodeURIComponent(categorySlug)}/new`,
  forumThread: (slug: string, threadId: string) => `/communities/${encodeURIComponent(slug)}/forum/t/${threadId}`,
  forumModeration: (slug: string) => `/communities/${encodeURIComponent(slug)}/forum/moderation`,
  people: '/people',
  person: (userId: string) => `/people/${encodeURIComponent(userId)}`,
  contactRequests: '/contact-requests',
  conversations: '/conversations',
  conversation: (id: string) => `/conversations/${encodeURIComponent(id)}`,
  /** Platform admins review reported private messages. */
  reportedMessages: '/conversations/reported',
  /** Platform admins see and retry failed background jobs (email, digests). */
  adminJobs: '/admin/jobs',
  /** Opens (or finds) the one-to-one with this person, then goes there. */
  conversationWith: (userId: string) => `/conversations/with/${encodeURIComponent(userId)}`,
  search: '/search',
  notifications: '/notifications',
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  signIn: '/sign-in',
  signUp: '/sign-up',
  verifyEmail: '/verify-email',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  confirmEmail: '/confirm-email',
  settings: '/settings',
  settingsProfile: '/settings/profile',
  settingsSecurity: '/settings/security',
  settingsAffiliations: '/settings/affiliations',
  settingsFeeds: '/settings/feeds',
  settingsNotifications: '/settings/notifications',
  /** From an email's footer: works signed out (the link's token says who). */
  unsubscribe: '/unsubscribe',
  /** Served by the server in development only: the emails it would have sent. */
  devMail: '/dev/mail',
} as const;
