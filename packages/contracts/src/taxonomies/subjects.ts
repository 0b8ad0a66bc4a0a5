import { termIdSchema, type Term } from './define.js';

export type SubjectGroup =
  'core' | 'sciences' | 'humanities' | 'languages' | 'arts' | 'technical' | 'phase_specialism' | 'further_education';

export interface SubjectTerm extends Term {
  readonly group: SubjectGroup;
  /** Subjects with a national shortage of teachers and mentors (a common people-finder filter). */
  readonly shortage?: boolean;
}

/**
 * Subjects and specialisms that mentors and tutors work in: the school curriculum, primary and
 * early-years specialisms, and the further-education areas of seed 001 §3.6.
 */
export const SUBJECTS = [
  { id: 'english', label: 'English', group: 'core' },
  { id: 'mathematics', label: 'Mathematics', group: 'core', shortage: true },
  { id: 'science', label: 'Science', group: 'sciences' },
  { id: 'biology', label: 'Biology', group: 'sciences' },
  { id: 'chemistry', label: 'Chemistry', group: 'sciences', shortage: true },
  { id: 'physics', label: 'Physics', group: 'sciences', shortage: true },
  { id: 'computing', label: 'Computing', group: 'technical', shortage: true },
  { id: 'design_and_technology', label: 'Design and technology', group: 'technical', shortage: true },
  { id: 'geography', label: 'Geography', group: 'humanities', shortage: true },
  { id: 'history', label: 'History', group: 'humanities' },
  { id: 'religious_education', label: 'Religious education', group: 'humanities', shortage: true },
  { id: 'citizenship', label: 'Citizenship', group: 'humanities' },
  { id: 'economics', label: 'Economics', group: 'humanities' },
  { id: 'business_studies', label: 'Business studies', group: 'humanities' },
  { id: 'psychology', label: 'Psychology', group: 'humanities' },
  { id: 'social_sciences', label: 'Social sciences', group: 'humanities' },
  { id: 'classics', label: 'Classics', group: 'languages' },
  { id: 'modern_foreign_languages', label: 'Modern foreign languages', group: 'languages', shortage: true },
  { id: 'french', label: 'French', group: 'languages', shortage: true },
  { id: 'german', label: 'German', group: 'languages', shortage: true },
  { id: 'spanish', label: 'Spanish', group: 'languages', shortage: true },
  { id: 'art_and_design', label: 'Art and design', group: 'arts' },
  { id: 'music', label: 'Music', group: 'arts', shortage: true },
  { id: 'drama', label: 'Drama', group: 'arts' },
  { id: 'dance', label: 'Dance', group: 'arts' },
  { id: 'media_studies', label: 'Media studies', group: 'arts' },
  { id: 'physical_education', label: 'Physical education', group: 'arts' },
  { id: 'pshe', label: 'PSHE and relationships education', group: 'humanities' },
  { id: 'early_years_foundation', label: 'Early years foundation', group: 'phase_specialism' },
  { id: 'primary_general', label: 'Primary (general)', group: 'phase_specialism' },
  { id: 'primary_mathematics', label: 'Primary with mathematics', group: 'phase_specialism', shortage: true },
  { id: 'send', label: 'Special educational needs and disabilities', group: 'phase_specialism' },
  { id: 'english_as_additional_language', label: 'English as an additional language', group: 'phase_specialism' },
  { id: 'literacy', label: 'Literacy (skills for life)', group: 'further_education' },
  { id: 'numeracy', label: 'Numeracy (skills for life)', group: 'further_education' },
  { id: 'esol', label: 'ESOL', group: 'further_education' },
  { id: 'health_and_social_care', label: 'Health and social care', group: 'further_education' },
  { id: 'construction', label: 'Construction', group: 'further_education' },
  { id: 'engineering', label: 'Engineering', group: 'further_education' },
  { id: 'hair_and_beauty', label: 'Hair and beauty', group: 'further_education' },
  { id: 'hospitality', label: 'Hospitality and catering', group: 'further_education' },
] as const satisfies readonly SubjectTerm[];

export type Subject = (typeof SUBJECTS)[number]['id'];
export const subjectSchema = termIdSchema(SUBJECTS);
