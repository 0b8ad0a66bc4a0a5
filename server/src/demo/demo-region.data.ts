import type { OrganisationKind, Phase, Region } from '@commonroom/contracts';

/**
 * A fictional region for the demo: two local authorities, three universities, a SCITT, a
 * training school, an FE college, a schools' alliance, an agency and dozens of schools.
 * Every name is invented. Identifiers use ranges no real body has (LA codes 99x, URNs 99xxxx,
 * UKPRNs 1099xxxx) and websites use the reserved example.org domain.
 */
export const DEMO_REGION: Region = 'east_of_england';

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  phases: Phase[];
  la: 'fenmoor' | 'castlebridge' | null;
  urn?: string;
  ukprn?: string;
  description?: string;
}

export const DEMO_LOCAL_AUTHORITIES = {
  fenmoor: { name: 'Fenmoor', code: '991' },
  castlebridge: { name: 'Castlebridge', code: '992' },
} as const;

const PROVIDERS: DemoOrganisation[] = [
  {
    name: 'University of Castlebridge',
    kind: 'hei',
    phases: ['primary', 'secondary'],
    la: 'castlebridge',
    ukprn: '10990001',
    description: 'Primary and secondary PGCE with long school placements; partnership of about 180 schools.',
  },
  {
    name: 'Fenmoor Institute of Education',
    kind: 'hei',
    phases: ['primary', 'secondary'],
    la: 'fenmoor',
    ukprn: '10990002',
    description: 'Primary and secondary routes with shorter placement blocks and a mentor development programme.',
  },
  {
    name: 'Northgate Open University',
    kind: 'hei',
    phases: ['secondary'],
    la: null,
    ukprn: '10990003',
    description: 'Distance-learning secondary PGCE in six subjects; usually one trainee per school.',
  },
  {
    name: 'Three Rivers SCITT',
    kind: 'scitt',
    phases: ['early_years', 'primary'],
    la: 'fenmoor',
    ukprn: '10990004',
    description:
      'School-centred training for the foundation stage and key stage 1, led by a nursery and lower school consortium.',
  },
  {
    name: 'Fenmoor Schools Alliance',
    kind: 'other_provider',
    phases: ['primary', 'secondary'],
    la: 'fenmoor',
    ukprn: '10990005',
    description: 'Employment-based routes coordinated across member schools.',
  },
  {
    name: 'Castlebridge College',
    kind: 'fe_college',
    phases: ['post_16', 'further_education'],
    la: 'castlebridge',
    ukprn: '10990006',
    description: 'Further education college training teachers for the lifelong learning sector.',
  },
  {
    name: 'Kingsmere Academy',
    kind: 'training_school',
    phases: ['secondary', 'post_16'],
    la: 'castlebridge',
    urn: '990001',
    description: 'Secondary training school working with five providers and hosting around forty trainees a year.',
  },
  {
    name: 'Fenmoor County Council',
    kind: 'local_authority',
    phases: [],
    la: 'fenmoor',
    description: 'Local authority for Fenmoor: school improvement, early-career teacher induction and mentor networks.',
  },
  {
    name: 'Castlebridge City Council',
    kind: 'local_authority',
    phases: [],
    la: 'castlebridge',
    description: 'Local authority for Castlebridge: school improvement and teaching and learning advisers.',
  },
  {
    name: 'Eastern Mentoring Network',
    kind: 'agency',
    phases: [],
    la: null,
    description: 'A regional network that brings mentors from schools, universities and local authorities together.',
  },
];

export const PRIMARY_SCHOOLS = [
  'Oakfield Primary School',
  "St Botolph's CE Primary School",
  'Willowmere Infant School',
  'Marsh Lane Junior School',
  'Harrowden Primary Academy',
  'Little Fenby Primary School',
  'Brookside Community Primary School',
  'Elmstead Primary School',
  'Reedham Lower School',
  'Castle Hill Primary School',
  'Greystones Primary School',
  'Sandpiper Nursery and Infant School',
  'Ashwell Park Primary School',
  'Thornbury Fen Primary School',
  'Riverside Junior Academy',
  'Hollowell CE Primary School',
  'Beckett Road Primary School',
  'Lantern Lane Primary School',
];

export const SECONDARY_SCHOOLS = [
  'Castlebridge High School',
  'Fenmoor Academy',
  'Ravensworth School',
  'Queen Eleanor Grammar School',
  'Westfield Community College',
  'Saxon Way Academy',
  'Dunmere Upper School',
  'St Aidan’s Catholic High School',
  'Hollins Park School',
  'Marshfield 11-16 School',
];

/** Deterministic: the same list every run, so seeding is idempotent by slug. */
export function demoOrganisations(): DemoOrganisation[] {
  const school = (name: string, phases: Phase[], index: number): DemoOrganisation => ({
    name,
    kind: 'school',
    phases,
    la: index % 3 === 0 ? 'castlebridge' : 'fenmoor',
    urn: String(990100 + index),
  });
  return [
    ...PROVIDERS,
    ...PRIMARY_SCHOOLS.map((name, i) =>
      school(name, name.includes('Nursery') ? ['early_years', 'primary'] : ['primary'], i),
    ),
    ...SECONDARY_SCHOOLS.map((name, i) => school(name, ['secondary'], PRIMARY_SCHOOLS.length + i)),
    {
      name: 'Fenview Special School',
      kind: 'school',
      phases: [],
      la: 'fenmoor',
      urn: '990200',
      description: 'Special school for pupils aged 4 to 19 with complex needs.',
    },
    {
      name: 'Castlebridge All-Through Academy',
      kind: 'school',
      phases: ['primary', 'secondary', 'post_16'],
      la: 'castlebridge',
      urn: '990201',
    },
  ];
}
