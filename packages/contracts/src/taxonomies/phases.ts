import { termIdSchema, type Term } from './define.js';

export interface PhaseTerm extends Term {
  readonly ages: readonly [number, number];
}

/** Phases of education in England, as people describe where they teach. */
export const PHASES = [
  { id: 'early_years', label: 'Early years', ages: [0, 5] },
  { id: 'primary', label: 'Primary', ages: [4, 11] },
  { id: 'middle', label: 'Middle', ages: [8, 14] },
  { id: 'secondary', label: 'Secondary', ages: [11, 16] },
  { id: 'post_16', label: 'Post-16', ages: [16, 19] },
  { id: 'further_education', label: 'Further education', ages: [16, 99] },
] as const satisfies readonly PhaseTerm[];

export type Phase = (typeof PHASES)[number]['id'];
export const phaseSchema = termIdSchema(PHASES);

export interface KeyStageTerm extends Term {
  readonly phase: Phase;
  readonly ages: readonly [number, number];
}

export const KEY_STAGES = [
  { id: 'eyfs', label: 'Early years foundation stage', phase: 'early_years', ages: [0, 5] },
  { id: 'ks1', label: 'Key stage 1', phase: 'primary', ages: [5, 7] },
  { id: 'ks2', label: 'Key stage 2', phase: 'primary', ages: [7, 11] },
  { id: 'ks3', label: 'Key stage 3', phase: 'secondary', ages: [11, 14] },
  { id: 'ks4', label: 'Key stage 4', phase: 'secondary', ages: [14, 16] },
  { id: 'ks5', label: 'Key stage 5', phase: 'post_16', ages: [16, 19] },
] as const satisfies readonly KeyStageTerm[];

export type KeyStage = (typeof KEY_STAGES)[number]['id'];
export const keyStageSchema = termIdSchema(KEY_STAGES);

/**
 * The DfE register's "PhaseOfEducation (name)" values mapped to our phases, so imports never
 * need re-keying. "Not applicable" (e.g. special schools) maps to no phase.
 */
export const GIAS_PHASE_TO_PHASES: Readonly<Record<string, readonly Phase[]>> = {
  Nursery: ['early_years'],
  Primary: ['primary'],
  'Middle deemed primary': ['middle', 'primary'],
  'Middle deemed secondary': ['middle', 'secondary'],
  Secondary: ['secondary'],
  '16 plus': ['post_16'],
  'All-through': ['primary', 'secondary'],
  'Not applicable': [],
};
