import { termIdSchema, type Term } from './define.js';

/**
 * The controlled vocabulary of mentoring and teacher-education expertise a person can claim on
 * their profile, drawn from the mentor framework's three strands (tutorial, pastoral,
 * assessment: seed 004 L148–351) and the partnership work of seeds 001–003. People add free
 * tags for anything else; the people finder facets on these terms.
 */
export const EXPERTISE = [
  { id: 'lesson_observation', label: 'Lesson observation and feedback' },
  { id: 'coaching', label: 'Coaching and mentoring conversations' },
  { id: 'subject_knowledge', label: 'Subject knowledge development' },
  { id: 'subject_pedagogy', label: 'Subject pedagogy' },
  { id: 'planning', label: 'Lesson and curriculum planning' },
  { id: 'behaviour', label: 'Behaviour and classroom management' },
  { id: 'assessment', label: 'Assessing trainees against the standards' },
  { id: 'trainee_in_difficulty', label: 'Supporting a trainee causing concern' },
  { id: 'pastoral_support', label: 'Pastoral support and wellbeing' },
  { id: 'send', label: 'Special educational needs and disabilities' },
  { id: 'eal', label: 'English as an additional language' },
  { id: 'early_reading', label: 'Early reading and phonics' },
  { id: 'reflective_practice', label: 'Reflective practice and critical incidents' },
  { id: 'practitioner_research', label: 'Practitioner and action research' },
  { id: 'induction', label: 'Early-career induction' },
  { id: 'partnership_management', label: 'Running a training partnership' },
  { id: 'placement_organisation', label: 'Organising placements' },
  { id: 'mentor_training', label: 'Training other mentors' },
  { id: 'school_led_training', label: 'School-led and salaried routes' },
  { id: 'further_education_training', label: 'Teacher training in further education' },
] as const satisfies readonly Term[];
export type Expertise = (typeof EXPERTISE)[number]['id'];
export const expertiseSchema = termIdSchema(EXPERTISE);

/** Where a mentor stands on the London mentor framework's two stages (seed 004 L148–351). */
export const MENTOR_STAGES = [
  { id: 'stage_1', label: 'Stage 1 mentor (working towards)' },
  { id: 'stage_1_complete', label: 'Stage 1 complete' },
  { id: 'stage_2', label: 'Stage 2 mentor (working towards)' },
  { id: 'stage_2_certified', label: 'Stage 2 certificate' },
] as const satisfies readonly Term[];
export type MentorStage = (typeof MENTOR_STAGES)[number]['id'];
export const mentorStageSchema = termIdSchema(MENTOR_STAGES);

/** What a person says they are open to; the people finder filters on these. */
export const AVAILABILITY = [
  { id: 'open_to_enquiries', label: 'Open to partnership enquiries' },
  { id: 'can_host_placements', label: 'Can host placements' },
  { id: 'can_mentor_shortage_subject', label: 'Can mentor in a shortage subject' },
] as const satisfies readonly Term[];
export type Availability = (typeof AVAILABILITY)[number]['id'];
export const availabilitySchema = termIdSchema(AVAILABILITY);
