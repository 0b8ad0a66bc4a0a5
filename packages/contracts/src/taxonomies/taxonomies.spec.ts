import { describe, expect, it } from 'vitest';
import {
  GIAS_PHASE_TO_PHASES,
  KEY_STAGES,
  ORGANISATION_KINDS,
  PHASES,
  REGIONS,
  SUBJECTS,
  findTerm,
  phaseSchema,
  type SubjectTerm,
} from './index.js';

const ids = (terms: readonly { id: string }[]) => terms.map((t) => t.id);

describe('taxonomies', () => {
  it.each([
    ['organisation kinds', ORGANISATION_KINDS],
    ['phases', PHASES],
    ['key stages', KEY_STAGES],
    ['regions', REGIONS],
    ['subjects', SUBJECTS],
  ])('%s have unique snake_case ids and a label', (_name, terms) => {
    expect(new Set(ids(terms)).size).toBe(terms.length);
    for (const term of terms) {
      expect(term.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(term.label.length).toBeGreaterThan(1);
    }
  });

  it('covers every organisation kind teacher education needs', () => {
    expect(ids(ORGANISATION_KINDS)).toEqual([
      'school',
      'hei',
      'local_authority',
      'scitt',
      'training_school',
      'fe_college',
      'other_provider',
      'agency',
    ]);
  });

  it('lists the nine regions of England with their ONS codes', () => {
    expect(REGIONS).toHaveLength(9);
    expect(REGIONS.map((r) => r.onsCode)).toEqual(Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`));
  });

  it('maps every DfE register phase to known phases', () => {
    for (const phases of Object.values(GIAS_PHASE_TO_PHASES)) {
      for (const phase of phases) expect(phaseSchema.safeParse(phase).success).toBe(true);
    }
    expect(GIAS_PHASE_TO_PHASES['Middle deemed secondary']).toEqual(['middle', 'secondary']);
  });

  it('puts every key stage in a phase and finds terms by id', () => {
    for (const stage of KEY_STAGES) expect(findTerm(PHASES, stage.phase)).toBeTruthy();
    expect(findTerm<SubjectTerm>(SUBJECTS, 'physics')?.shortage).toBe(true);
    expect(findTerm(SUBJECTS, 'alchemy')).toBeUndefined();
  });
});
