import type {
  CommunityRole,
  CommunityTool,
  CommunityType,
  CommunityVisibility,
  PartnershipModel,
} from '@commonroom/contracts';
import { PRIMARY_SCHOOLS, SECONDARY_SCHOOLS } from './demo-region.data';

export interface DemoPartnership {
  name: string;
  model: PartnershipModel;
  lead: string;
  description: string;
  members: string[];
  agreement?: {
    title: string;
    versions: { body: string; changeNote?: string; agreedBy: string[] }[];
    publishedBy: string;
  };
}

const KINGSMERE = 'Kingsmere Academy';
const pick = (list: readonly string[], indexes: number[]) => indexes.map((i) => list[i]!);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The region's partnerships. Schools work with several providers each, as most do (seed 003:
 * 69% work with more than one), and the training school works with five.
 */
export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    name: 'University of Castlebridge ITT Partnership',
    model: 'hei_led',
    lead: 'University of Castlebridge',
    description: 'Primary and secondary PGCE partnership with long placements of fifteen weeks or more in one school.',
    members: [
      ...pick(PRIMARY_SCHOOLS, range(0, 11)),
      ...pick(SECONDARY_SCHOOLS, range(0, 6)),
      KINGSMERE,
      'Castlebridge All-Through Academy',
    ],
    agreement: {
      title: 'Partnership agreement 2026/27',
      publishedBy: 'tom.hughes@example.org',
      versions: [
        {
          body: 'Roles and responsibilities\n\nThe school appoints an ITT coordinator and a trained mentor for each trainee.\nMentors meet their trainee weekly and observe at least one lesson a week.\nThe university provides a link tutor who visits each placement at least twice.\n\nSelection, training and assessment of trainees are shared between the school and the university.',
          agreedBy: ['ellen.brooks@example.org'],
        },
        {
          body: 'Roles and responsibilities\n\nThe school appoints an ITT coordinator and a trained mentor for each trainee.\nMentors meet their trainee weekly for at least an hour and observe at least one lesson a week.\nThe university provides a link tutor who visits each placement at least twice, and offers mentor development sessions each term.\n\nSelection, training and assessment of trainees are shared between the school and the university.',
          changeNote: 'Weekly meetings last at least an hour; termly mentor development added.',
          agreedBy: ['daniel.mercer@example.org'],
        },
      ],
    },
  },
  {
    name: 'Fenmoor Institute Partnership',
    model: 'collaborative',
    lead: 'Fenmoor Institute of Education',
    description: 'Shorter placement blocks, with school and university staff teaching professional studies together.',
    members: [
      ...pick(PRIMARY_SCHOOLS, range(6, 17)),
      ...pick(SECONDARY_SCHOOLS, range(3, 9)),
      KINGSMERE,
      'Fenview Special School',
    ],
  },
  {
    name: 'Northgate Secondary Distance PGCE',
    model: 'hei_led',
    lead: 'Northgate Open University',
    description: 'Distance-learning secondary PGCE in six subjects, usually one trainee per school.',
    members: [...pick(SECONDARY_SCHOOLS, [0, 2, 4, 6, 8]), KINGSMERE],
  },
  {
    name: 'Three Rivers SCITT Partnership',
    model: 'school_centred',
    lead: 'Three Rivers SCITT',
    description:
      'A consortium of nursery, infant and lower schools training teachers for the foundation stage and key stage 1.',
    members: PRIMARY_SCHOOLS.filter((name, i) => i < 6 || /Infant|Lower|Nursery/.test(name)),
  },
  {
    name: 'Fenmoor Schools Alliance Employment-based Route',
    model: 'employment_based',
    lead: 'Fenmoor Schools Alliance',
    description: 'Trainees employed by their schools, with training coordinated across the alliance.',
    members: [...pick(SECONDARY_SCHOOLS, [1, 3, 5, 7]), ...pick(PRIMARY_SCHOOLS, range(12, 17)), KINGSMERE],
  },
  {
    name: 'Kingsmere Training School Partnership',
    model: 'training_school_hei',
    lead: KINGSMERE,
    description:
      'A partnership within a partnership: Kingsmere and the University of Castlebridge run joint strands on observation and working with teaching assistants.',
    members: ['University of Castlebridge', ...pick(SECONDARY_SCHOOLS, range(0, 3))],
  },
];

export interface DemoCommunity {
  name: string;
  type: CommunityType;
  visibility: CommunityVisibility;
  description: string;
  welcomeMessage: string;
  tools: CommunityTool[];
  /** Email → role. */
  members: Record<string, CommunityRole>;
  parent?: string;
}

const f = 'facilitator' as const;
const m = 'member' as const;

/** One community of every type the seeds describe, facilitated by the demo people. */
export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    name: 'Secondary Science Mentors',
    type: 'subject_network',
    visibility: 'open',
    description: 'Science mentors and tutors from schools and universities sharing practice across providers.',
    welcomeMessage:
      'Welcome! Introduce yourself in the forum: your school, your subject and what you would like help with this term.',
    tools: ['forum', 'members'],
    members: {
      'mohammed.rahman@example.org': f,
      'grace.whitfield@example.org': m,
      'tom.hughes@example.org': m,
      'daniel.mercer@example.org': m,
      'ellen.brooks@example.org': m,
    },
  },
  {
    name: 'Fenmoor Mentor Network',
    type: 'regional',
    visibility: 'request',
    description: 'The local authority’s network for mentors in Fenmoor schools, whichever provider they work with.',
    welcomeMessage: 'This network meets online between the termly mentor forums. Events are posted here first.',
    tools: ['forum', 'members'],
    members: {
      'ruth.adeyemi@example.org': f,
      'amara.okoye@example.org': m,
      'owen.price@example.org': m,
      'lucy.chen@example.org': m,
    },
  },
  {
    name: 'ITT Coordinators’ Benchmarking Group',
    type: 'peer_benchmarking',
    visibility: 'invite_only',
    description:
      'Coordinators of schools working with several providers comparing how they organise professional studies.',
    welcomeMessage: 'What is shared here stays here. Please do not name trainees.',
    tools: ['forum', 'members'],
    members: { 'daniel.mercer@example.org': f, 'ellen.brooks@example.org': m, 'hannah.lowe@example.org': m },
  },
  {
    name: 'Next Practice in Mentoring',
    type: 'innovators',
    visibility: 'open',
    description: 'Trying out and writing up new approaches to mentoring conversations.',
    welcomeMessage: 'Bring an idea, try it with your trainee, and tell us what happened.',
    tools: ['forum', 'members'],
    members: { 'grace.whitfield@example.org': f, 'tom.hughes@example.org': m, 'amara.okoye@example.org': m },
  },
  {
    name: 'Primary–Secondary Transition',
    type: 'cross_phase',
    visibility: 'open',
    description: 'Primary and secondary colleagues working on trainees’ understanding of transition.',
    welcomeMessage: 'Everyone is welcome, whichever phase you teach.',
    tools: ['forum', 'members'],
    members: { 'ellen.brooks@example.org': f, 'amara.okoye@example.org': m, 'owen.price@example.org': m },
  },
  {
    name: 'Mentors as Co-researchers',
    type: 'research',
    visibility: 'request',
    description: 'Schools and universities researching mentoring together, with mentors as co-researchers.',
    welcomeMessage: 'Our current inquiries are listed as sub-communities.',
    tools: ['forum', 'members'],
    members: { 'tom.hughes@example.org': f, 'grace.whitfield@example.org': m, 'mohammed.rahman@example.org': m },
  },
  {
    name: 'Paired Placements Inquiry',
    type: 'research',
    visibility: 'request',
    description: 'What trainees placed in pairs learn from each other, and what mentors do differently.',
    welcomeMessage: 'Data collection runs until the end of the spring term.',
    tools: ['forum', 'members'],
    members: { 'tom.hughes@example.org': f, 'amara.okoye@example.org': m },
    parent: 'Mentors as Co-researchers',
  },
  {
    name: 'Castlebridge Early Career Teachers',
    type: 'peer_group',
    visibility: 'hidden',
    description: 'A small peer group for early-career teachers and their induction tutor.',
    welcomeMessage: 'A safe space: only members can see this group.',
    tools: ['forum', 'members'],
    members: { 'lucy.chen@example.org': f },
  },
  {
    name: 'Traveller Education Officers',
    type: 'central_to_local',
    visibility: 'invite_only',
    description:
      'National and local officers sharing documents and resolving problems in Gypsy, Roma and Traveller education.',
    welcomeMessage: 'Documents for consultation are in the library.',
    tools: ['forum', 'members'],
    members: { 'ruth.adeyemi@example.org': f },
  },
];
