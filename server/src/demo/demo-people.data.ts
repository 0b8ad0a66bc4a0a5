import type { Role } from '@commonroom/contracts';

/**
 * Ready-made demo accounts (fictional people, reserved example.org addresses), printed by
 * `npm start` so a newcomer can sign in at once, each with the affiliations of their job.
 */
export const DEMO_PASSWORD = 'fenmoor demo password';

export interface DemoAffiliation {
  organisation: string;
  role: Role;
  title?: string;
  startsOn: string;
  endsOn?: string;
  status?: 'verified' | 'pending';
}

export interface DemoPerson {
  email: string;
  displayName: string;
  description: string;
  affiliations: DemoAffiliation[];
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    email: 'amara.okoye@example.org',
    displayName: 'Amara Okoye',
    description: 'mentor at Oakfield Primary School',
    affiliations: [
      { organisation: 'Oakfield Primary School', role: 'mentor', title: 'Class mentor', startsOn: '2021-09-01' },
    ],
  },
  {
    email: 'tom.hughes@example.org',
    displayName: 'Tom Hughes',
    description: 'link tutor and partnership administrator, University of Castlebridge',
    affiliations: [
      { organisation: 'University of Castlebridge', role: 'link_tutor', title: 'Link tutor', startsOn: '2018-01-08' },
      { organisation: 'University of Castlebridge', role: 'organisation_admin', startsOn: '2022-09-01' },
    ],
  },
  {
    email: 'ruth.adeyemi@example.org',
    displayName: 'Ruth Adeyemi',
    description: 'teaching and learning adviser, Fenmoor County Council',
    affiliations: [
      {
        organisation: 'Fenmoor County Council',
        role: 'la_officer',
        title: 'Teaching and learning adviser',
        startsOn: '2016-04-01',
      },
      { organisation: 'Fenmoor County Council', role: 'organisation_admin', startsOn: '2019-04-01' },
    ],
  },
  {
    email: 'daniel.mercer@example.org',
    displayName: 'Daniel Mercer',
    description: 'professional tutor at Kingsmere Academy, a training school with five providers',
    affiliations: [
      {
        organisation: 'Kingsmere Academy',
        role: 'itt_coordinator',
        title: 'Professional tutor',
        startsOn: '2015-09-01',
      },
      { organisation: 'Kingsmere Academy', role: 'organisation_admin', startsOn: '2015-09-01' },
    ],
  },
  {
    email: 'grace.whitfield@example.org',
    displayName: 'Grace Whitfield',
    description: 'science subject tutor, Fenmoor Institute of Education',
    affiliations: [
      {
        organisation: 'Fenmoor Institute of Education',
        role: 'subject_tutor',
        title: 'Secondary science tutor',
        startsOn: '2019-09-01',
      },
      { organisation: 'Fenmoor Institute of Education', role: 'organisation_admin', startsOn: '2023-01-09' },
    ],
  },
  {
    email: 'hannah.lowe@example.org',
    displayName: 'Hannah Lowe',
    description: 'programme leader, Three Rivers SCITT',
    affiliations: [
      { organisation: 'Three Rivers SCITT', role: 'programme_leader', title: 'SCITT director', startsOn: '2017-09-01' },
      { organisation: 'Three Rivers SCITT', role: 'organisation_admin', startsOn: '2017-09-01' },
    ],
  },
  {
    email: 'mohammed.rahman@example.org',
    displayName: 'Mohammed Rahman',
    description: 'physics subject mentor at Castlebridge High School',
    affiliations: [
      {
        organisation: 'Castlebridge High School',
        role: 'subject_mentor',
        title: 'Physics mentor',
        startsOn: '2020-09-01',
      },
    ],
  },
  {
    email: 'ellen.brooks@example.org',
    displayName: 'Ellen Brooks',
    description: 'deputy head and ITT lead at Ravensworth School',
    affiliations: [
      { organisation: 'Ravensworth School', role: 'school_leader', title: 'Deputy head', startsOn: '2014-09-01' },
      { organisation: 'Ravensworth School', role: 'organisation_admin', startsOn: '2014-09-01' },
    ],
  },
  {
    email: 'priya.nair@example.org',
    displayName: 'Priya Nair',
    description: 'partnership lead, Northgate Open University',
    affiliations: [
      {
        organisation: 'Northgate Open University',
        role: 'partnership_lead',
        title: 'Partnership office manager',
        startsOn: '2021-02-01',
      },
      { organisation: 'Northgate Open University', role: 'organisation_admin', startsOn: '2021-02-01' },
    ],
  },
  {
    email: 'owen.price@example.org',
    displayName: 'Owen Price',
    description: 'mentor who moved from Willowmere Infant School to Sandpiper Nursery and Infant School',
    affiliations: [
      { organisation: 'Willowmere Infant School', role: 'mentor', startsOn: '2019-09-01', endsOn: '2025-08-31' },
      {
        organisation: 'Sandpiper Nursery and Infant School',
        role: 'mentor',
        title: 'Early years mentor',
        startsOn: '2025-09-01',
      },
    ],
  },
  {
    email: 'lucy.chen@example.org',
    displayName: 'Lucy Chen',
    description: 'induction tutor at Fenmoor Academy, waiting for Castlebridge College to verify her',
    affiliations: [
      { organisation: 'Fenmoor Academy', role: 'induction_tutor', title: 'ECT mentor', startsOn: '2022-09-01' },
      {
        organisation: 'Castlebridge College',
        role: 'subject_tutor',
        title: 'Visiting lecturer',
        startsOn: '2026-09-01',
        status: 'pending',
      },
    ],
  },
];
