import { termIdSchema, type Term } from './define.js';

export interface OrganisationKindTerm extends Term {
  /** Whether this kind can be an accredited initial teacher training provider. */
  readonly canProvideItt: boolean;
  readonly description: string;
}

/**
 * The kinds of organisation in teacher education (seed 002 §3.1, 003 §3, 004 §3.1).
 * A training school is a school with a designated training role, kept as its own kind because
 * people search for it as such ("five or six providers each", 003 L356).
 */
export const ORGANISATION_KINDS = [
  {
    id: 'school',
    label: 'School',
    canProvideItt: false,
    description: 'A nursery, primary, middle, secondary, special or all-through school, academy or free school.',
  },
  {
    id: 'hei',
    label: 'University (HEI)',
    canProvideItt: true,
    description: 'A higher education institution with a teacher education department.',
  },
  {
    id: 'local_authority',
    label: 'Local authority',
    canProvideItt: false,
    description: 'A local authority (formerly LEA) that supports and coordinates its schools.',
  },
  {
    id: 'scitt',
    label: 'SCITT',
    canProvideItt: true,
    description: 'A school-centred initial teacher training consortium.',
  },
  {
    id: 'training_school',
    label: 'Training school',
    canProvideItt: false,
    description: 'A school designated to lead initial teacher training, train mentors and undertake research.',
  },
  {
    id: 'fe_college',
    label: 'FE college',
    canProvideItt: true,
    description: 'A further education or sixth form college.',
  },
  {
    id: 'other_provider',
    label: 'Other provider',
    canProvideItt: true,
    description: 'Another accredited or employment-based provider, such as a designated recommending body.',
  },
  {
    id: 'agency',
    label: 'Agency',
    canProvideItt: false,
    description:
      'A national or regional body, subject association, or other organisation supporting teacher education.',
  },
] as const satisfies readonly OrganisationKindTerm[];

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]['id'];
export const organisationKindSchema = termIdSchema(ORGANISATION_KINDS);
