import { describe, expect, it } from 'vitest';
import { ROLES, roleForTitle, roleSchema } from './roles.js';

describe('role crosswalk', () => {
  it('maps the local names of the school ITT coordinator to one role', () => {
    for (const title of [
      'Professional tutor',
      'professional mentor',
      'ITT manager',
      'Senior Mentor',
      'lead mentor',
      'ITE coordinator',
      'PCM',
    ]) {
      expect(roleForTitle(title)?.id, title).toBe('itt_coordinator');
    }
  });

  it('matches labels and synonyms ignoring case and spacing', () => {
    expect(roleForTitle('  curriculum   MENTOR ')?.id).toBe('subject_mentor');
    expect(roleForTitle('Link Tutor')?.id).toBe('link_tutor');
    expect(roleForTitle('NQT')?.id).toBe('early_career_teacher');
  });

  it('matches abbreviations only as written, so ordinary words are not mistaken for roles', () => {
    expect(roleForTitle('pm')).toBeUndefined();
    expect(roleForTitle('st')).toBeUndefined();
    expect(roleForTitle('')).toBeUndefined();
    expect(roleForTitle('Astronaut')).toBeUndefined();
  });

  it('never gives one synonym to two roles', () => {
    const owners = new Map<string, string>();
    for (const role of ROLES) {
      for (const name of [role.label, ...role.synonyms]) {
        const key = name.toLowerCase();
        expect(owners.get(key) ?? role.id, `"${name}" belongs to ${owners.get(key)} and ${role.id}`).toBe(role.id);
        owners.set(key, role.id);
      }
    }
  });

  it('validates role ids', () => {
    expect(roleSchema.safeParse('mentor').success).toBe(true);
    expect(roleSchema.safeParse('wizard').success).toBe(false);
  });
});
