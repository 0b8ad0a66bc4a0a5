import { ORGANISATION_KINDS, type OrganisationKind } from '@commonroom/contracts';

const KINDS_PROVIDING_ITT: ReadonlySet<OrganisationKind> = new Set(
  ORGANISATION_KINDS.filter((kind) => kind.canProvideItt).map((kind) => kind.id),
);

/**
 * Kinds that can lead a partnership (the server's rule too): accredited providers, and training
 * schools, which lead "partnerships within a partnership" with their own schools.
 */
export function canLeadPartnership(kind: OrganisationKind): boolean {
  return kind === 'training_school' || KINDS_PROVIDING_ITT.has(kind);
}
