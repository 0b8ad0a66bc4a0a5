import { termIdSchema, type Term } from './define.js';

export type RoleSide = 'school' | 'provider' | 'local_authority' | 'trainee' | 'any';

export interface RoleTerm extends Term {
  readonly side: RoleSide;
  /** Other names the same role goes by in different partnerships (the role crosswalk). */
  readonly synonyms: readonly string[];
  readonly description: string;
}

/**
 * Roles people hold through an affiliation, with the local names each goes by. Different
 * providers name the same school role differently ("different nomenclature … was evident",
 * seed 002 L402; 003 L1318–1322; 004 L588–601), so the crosswalk lives in one place.
 */
export const ROLES = [
  {
    id: 'mentor',
    label: 'Mentor',
    side: 'school',
    description: 'A school-based teacher who supports trainees day to day.',
    synonyms: ['school-based mentor', 'school-based tutor', 'class mentor', 'teacher mentor', 'placement mentor'],
  },
  {
    id: 'subject_mentor',
    label: 'Subject mentor',
    side: 'school',
    description: 'A secondary mentor for trainees in one subject.',
    synonyms: ['curriculum mentor', 'SM', 'specialist mentor', 'department mentor'],
  },
  {
    id: 'itt_coordinator',
    label: 'ITT coordinator',
    side: 'school',
    description: 'The person in a school responsible for initial teacher training there.',
    synonyms: [
      'professional tutor',
      'professional mentor',
      'professional coordinating mentor',
      'PCM',
      'PT',
      'PM',
      'ITT manager',
      'training manager',
      'senior mentor',
      'lead mentor',
      'school coordinator',
      'ITE coordinator',
      'ITTC',
      'mentoring coordinator',
    ],
  },
  {
    id: 'teacher_tutor',
    label: 'Class teacher',
    side: 'school',
    description: 'The teacher whose class a trainee teaches.',
    synonyms: ['teacher tutor', 'host teacher', 'class teacher'],
  },
  {
    id: 'induction_tutor',
    label: 'Induction tutor',
    side: 'school',
    description: 'Supports early-career teachers through statutory induction.',
    synonyms: ['induction mentor', 'ECT mentor', 'NQT mentor'],
  },
  {
    id: 'school_leader',
    label: 'School leader',
    side: 'school',
    description: 'A head teacher, deputy or member of the senior leadership team.',
    synonyms: ['head teacher', 'headteacher', 'principal', 'deputy head', 'SLT', 'senior leadership team'],
  },
  {
    id: 'subject_tutor',
    label: 'Subject tutor',
    side: 'provider',
    description: 'A teacher educator responsible for a subject or phase programme.',
    synonyms: ['curriculum tutor', 'university tutor', 'HEI tutor', 'ST', 'teacher educator', 'ITT tutor'],
  },
  {
    id: 'link_tutor',
    label: 'Link tutor',
    side: 'provider',
    description: 'Visits partnership schools and links them with the provider.',
    synonyms: ['visiting tutor', 'university link tutor', 'personal tutor', 'school link tutor'],
  },
  {
    id: 'programme_leader',
    label: 'Programme leader',
    side: 'provider',
    description: 'Leads a teacher training programme such as a PGCE.',
    synonyms: ['course director', 'course leader', 'PGCE director', 'programme director'],
  },
  {
    id: 'partnership_lead',
    label: 'Partnership lead',
    side: 'provider',
    description: "Manages a provider's partnership with its schools.",
    synonyms: [
      'partnership coordinator',
      'partnership director',
      'partnership manager',
      'placement coordinator',
      'partnership office',
    ],
  },
  {
    id: 'la_officer',
    label: 'Local authority officer',
    side: 'local_authority',
    description: 'Supports schools and teacher development for a local authority.',
    synonyms: [
      'LA adviser',
      'school improvement officer',
      'LEA adviser',
      'local authority adviser',
      'teaching and learning adviser',
    ],
  },
  {
    id: 'trainee_teacher',
    label: 'Trainee teacher',
    side: 'trainee',
    description: 'A person training to teach on any route.',
    synonyms: ['student teacher', 'trainee', 'pre-service teacher', 'intern', 'PGCE student', 'GTP trainee'],
  },
  {
    id: 'early_career_teacher',
    label: 'Early-career teacher',
    side: 'trainee',
    description: 'A teacher in their first years after qualifying.',
    synonyms: ['ECT', 'newly qualified teacher', 'NQT'],
  },
  {
    id: 'organisation_admin',
    label: 'Organisation administrator',
    side: 'any',
    description: "Looks after an organisation's page and verifies its people.",
    synonyms: ['administrator', 'admin'],
  },
] as const satisfies readonly RoleTerm[];

export type Role = (typeof ROLES)[number]['id'];
export const roleSchema = termIdSchema(ROLES);

const normalise = (s: string) => s.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

/**
 * Finds the role a local job title means, by label or synonym, ignoring case and spacing.
 * Abbreviations (PCM, SM, ST …) match only in the case they are written, so "pm" in free
 * text does not become a professional mentor.
 */
export function roleForTitle(title: string): RoleTerm | undefined {
  const wanted = normalise(title);
  if (!wanted) return undefined;
  return ROLES.find(
    (role) =>
      normalise(role.label) === wanted ||
      role.synonyms.some((s) => (isAbbreviation(s) ? s === title.trim() : normalise(s) === wanted)),
  );
}

function isAbbreviation(s: string): boolean {
  return /^[A-Z]{2,5}$/.test(s);
}
