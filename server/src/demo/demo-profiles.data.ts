import type { UpdateProfileDetailsRequest } from '@commonroom/contracts';

/**
 * What the demo people say about themselves (fictional), keyed by their demo email. Chosen so
 * the people finder has one clear answer to the journey: a coordinator (Priya Nair,
 * partnership lead) searching "physics mentor" among secondary schools in Castlebridge (LA 992)
 * finds Mohammed Rahman alone. Lucy Chen also mentors in physics, but in Fenmoor (LA 991);
 * Amara Okoye is a primary mentor. Some fields are kept to communities or to the person, so the
 * demo shows what each viewer may see.
 */
export const DEMO_PROFILES: Readonly<Record<string, UpdateProfileDetailsRequest>> = {
  'mohammed.rahman@example.org': {
    headline: 'Physics mentor at Castlebridge High School',
    phases: ['secondary'],
    subjects: ['physics', 'science'],
    expertise: ['subject_pedagogy', 'lesson_observation', 'coaching'],
    freeTags: ['practical work', 'career changers'],
    mentorStage: 'stage_2',
    bio: 'Physics teacher and subject mentor for six years. I mentor career changers and run a practical-work clinic for trainees across the trust.',
    links: [{ label: 'School science department', url: 'https://castlebridge-high-school.example.org/science' }],
    availability: ['open_to_enquiries', 'can_mentor_shortage_subject'],
    contactEmail: 'm.rahman@castlebridge-high-school.example.org',
    visibility: { name: 'public', headline: 'public', mentorStage: 'members' },
  },
  'lucy.chen@example.org': {
    headline: 'ECT mentor and physics teacher',
    phases: ['secondary'],
    subjects: ['physics'],
    expertise: ['induction', 'behaviour'],
    bio: 'Induction tutor for early-career teachers at Fenmoor Academy; I also mentor physics trainees.',
    availability: ['open_to_enquiries'],
  },
  'amara.okoye@example.org': {
    headline: 'Primary mentor with a love of science',
    phases: ['primary'],
    subjects: ['primary_general', 'science'],
    expertise: ['early_reading', 'lesson_observation'],
    mentorStage: 'stage_1_complete',
    bio: 'Year 2 teacher and class mentor. Happy to share how we plan science investigations with trainees.',
    availability: ['can_host_placements'],
  },
  'tom.hughes@example.org': {
    headline: 'Link tutor for Castlebridge partnership schools',
    phases: ['primary', 'secondary'],
    expertise: ['partnership_management', 'lesson_observation', 'assessment'],
    bio: 'I visit partnership schools each term and moderate trainee assessment with mentors.',
    availability: ['open_to_enquiries'],
  },
  'ruth.adeyemi@example.org': {
    headline: 'Teaching and learning adviser, Fenmoor',
    expertise: ['induction', 'mentor_training', 'practitioner_research'],
    bio: 'I coordinate the Fenmoor mentor network and early-career induction across the county.',
    visibility: { bio: 'communities' },
  },
  'daniel.mercer@example.org': {
    headline: 'Professional tutor at a training school with five providers',
    phases: ['secondary', 'post_16'],
    subjects: ['english'],
    expertise: ['mentor_training', 'placement_organisation', 'school_led_training'],
    availability: ['can_host_placements', 'open_to_enquiries'],
  },
  'grace.whitfield@example.org': {
    headline: 'Secondary science tutor',
    phases: ['secondary'],
    subjects: ['biology', 'chemistry', 'science'],
    expertise: ['subject_knowledge', 'practitioner_research'],
    bio: 'I lead the secondary science PGCE and its subject knowledge enhancement course.',
  },
  'hannah.lowe@example.org': {
    headline: 'Director of a school-centred early years and primary programme',
    phases: ['early_years', 'primary'],
    subjects: ['early_years_foundation'],
    expertise: ['partnership_management', 'early_reading'],
    availability: ['open_to_enquiries'],
  },
  'ellen.brooks@example.org': {
    headline: 'Deputy head and ITT lead',
    phases: ['secondary'],
    expertise: ['trainee_in_difficulty', 'behaviour'],
    bio: 'I support trainees causing concern and their mentors.',
    // Kept to the communities she shares: she is not looking for enquiries from strangers.
    visibility: { headline: 'communities', bio: 'communities', expertise: 'communities' },
  },
  'priya.nair@example.org': {
    headline: 'Partnership coordinator for a distance-learning PGCE',
    phases: ['secondary'],
    expertise: ['placement_organisation', 'partnership_management'],
    bio: 'I find placement schools and subject mentors for trainees across the region.',
    visibility: { name: 'public' },
  },
};
