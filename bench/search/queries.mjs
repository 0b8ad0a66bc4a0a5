// Rotating, realistic search queries for the search benchmark: 1–4 words, common and rare words,
// names whole and in part, and misspellings, some with people-finder facets. Deterministic: the
// same list every run.
import { FIRST_NAMES, LAST_NAMES, prng } from '../forums/content.mjs';

const misspell = (word, random) => {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1); // a letter dropped
  if (kind === 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // two swapped
  return word.slice(0, at) + word[at] + word.slice(at); // a letter doubled
};

const PEOPLE_TEXT = [
  'physics mentor',
  'chemistry',
  'early reading',
  'coaching',
  'behaviour secondary',
  'subject mentor mathematics',
  'retrieval practice',
  'computing tutor',
  'SEND',
  'induction tutor primary',
  'geography lead',
  'placements workload wellbeing',
  'modern foreign languages mentor',
  'music',
];
const CONTENT_TEXT = [
  'mentor',
  'placement',
  'feedback',
  'lesson observation feedback',
  'retrieval practice',
  'phonics training',
  'behaviour routines',
  'trainee struggling',
  'core content framework',
  'protected time mentors',
  'cognitive load',
  'parents evening',
  'adaptive teaching',
  'marking load workload',
  'second placement school',
  'co-planning template',
];

/** `n` people-finder query strings (path and query), some with facets. */
export function peopleQueries(n, laCodes) {
  const random = prng(6);
  const out = [];
  for (let i = 0; i < n; i++) {
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)];
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)];
    const kind = i % 6;
    let q;
    if (kind === 0) q = `${first} ${last}`;
    else if (kind === 1) q = `${misspell(first, random)} ${last}`;
    else if (kind === 2) q = last;
    else if (kind === 3) q = PEOPLE_TEXT[i % PEOPLE_TEXT.length];
    else if (kind === 4)
      q = PEOPLE_TEXT[i % PEOPLE_TEXT.length]
        .split(' ')
        .map((w) => misspell(w, random))
        .join(' ');
    else q = '';
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (i % 3 === 0) params.set('phase', 'secondary');
    if (i % 4 === 1) params.set('localAuthority', laCodes[i % laCodes.length]);
    if (i % 5 === 2) params.set('availability', 'open_to_enquiries');
    if (kind === 5) params.set('subject', 'physics');
    out.push(`/api/people?${params}`);
  }
  return out;
}

/** `n` global-search query strings over forum content. */
export function contentQueries(n) {
  const random = prng(7);
  return Array.from({ length: n }, (_, i) => {
    let q = CONTENT_TEXT[i % CONTENT_TEXT.length];
    if (i % 4 === 3)
      q = q
        .split(' ')
        .map((w) => misspell(w, random))
        .join(' ');
    return `/api/search?${new URLSearchParams({ q, type: 'forum_post' })}`;
  });
}

/** `n` suggestion requests: the first 3–6 letters of names, subjects and topics, as typed. */
export function suggestQueries(n) {
  const random = prng(8);
  const words = [
    ...FIRST_NAMES,
    ...LAST_NAMES,
    'physics',
    'placement',
    'castlebridge',
    'fenmoor',
    'mentoring',
    'phonics',
    'assessment',
  ];
  return Array.from({ length: n }, () => {
    const word = words[Math.floor(random() * words.length)];
    return `/api/search/suggest?${new URLSearchParams({ q: word.slice(0, 3 + Math.floor(random() * 4)).toLowerCase() })}`;
  });
}
