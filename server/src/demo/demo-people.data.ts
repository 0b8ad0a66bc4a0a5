/**
 * Ready-made demo accounts (fictional people, reserved example.org addresses), printed by
 * `npm start` so a newcomer can sign in at once. Later issues give them affiliations.
 */
export const DEMO_PASSWORD = 'fenmoor demo password';

export const DEMO_PEOPLE = [
  { email: 'amara.okoye@example.org', displayName: 'Amara Okoye', description: 'mentor at Oakfield Primary School' },
  { email: 'tom.hughes@example.org', displayName: 'Tom Hughes', description: 'link tutor at the University of Castlebridge' },
  { email: 'ruth.adeyemi@example.org', displayName: 'Ruth Adeyemi', description: 'teaching and learning adviser, Fenmoor County Council' },
] as const;
