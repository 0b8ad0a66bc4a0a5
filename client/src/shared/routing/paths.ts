/** Paths used in links and routes, so a renamed route cannot leave a dead link behind. */
export const paths = {
  home: '/',
  organisations: '/organisations',
} as const;
