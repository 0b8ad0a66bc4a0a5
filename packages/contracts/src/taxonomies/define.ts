import { z } from 'zod';

/** A taxonomy term: a stable machine id plus the English label shown when no translation exists. */
export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

/** Builds the zod enum of a taxonomy's ids, so schemas accept exactly the known terms. */
export function termIdSchema<const T extends readonly Term[]>(terms: T) {
  const ids = terms.map((t) => t.id) as [T[number]['id'], ...T[number]['id'][]];
  return z.enum(ids);
}

/** Looks a term up by id; undefined for an unknown id (data from outside is never trusted). */
export function findTerm<T extends Term>(terms: readonly T[], id: string): T | undefined {
  return terms.find((t) => t.id === id);
}
