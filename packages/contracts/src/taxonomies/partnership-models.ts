import { termIdSchema, type Term } from './define.js';

export interface PartnershipModelTerm extends Term {
  readonly description: string;
}

/** How an initial teacher training partnership is organised (seed 002 §3.5, 003 L95–L329). */
export const PARTNERSHIP_MODELS = [
  {
    id: 'hei_led',
    label: 'HEI-led',
    description: 'A university leads, with defined roles for school staff, and ensures overall coherence.',
  },
  {
    id: 'school_centred',
    label: 'School-centred (SCITT)',
    description: 'A consortium of schools runs its own training.',
  },
  {
    id: 'employment_based',
    label: 'Employment-based',
    description: 'Trainees are employed by their school; a recommending body coordinates the training.',
  },
  {
    id: 'collaborative',
    label: 'Collaborative',
    description: 'University and school staff contribute different, equally legitimate knowledge.',
  },
  { id: 'consortium', label: 'Consortium', description: 'Many schools and several providers under one agreement.' },
  {
    id: 'multiple_provider',
    label: 'Multiple-provider',
    description: 'Schools working with several providers, coordinating placements across them.',
  },
  {
    id: 'training_school_hei',
    label: 'Training school and HEI',
    description: 'A training school and a university working as a partnership within a partnership.',
  },
] as const satisfies readonly PartnershipModelTerm[];
export type PartnershipModel = (typeof PARTNERSHIP_MODELS)[number]['id'];
export const partnershipModelSchema = termIdSchema(PARTNERSHIP_MODELS);
