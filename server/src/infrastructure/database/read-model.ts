/**
 * A SQL view a module publishes for other modules to read (ADR "Modules publish read models").
 * The owning module declares it in `<module>.read-models.ts`; a migration creates it; the
 * boundary test lets other modules name it in SQL and nothing else of the owner's.
 */
export interface PublishedReadModel {
  /** The view's name, as SQL names it. */
  name: string;
  /** Its columns: the contract other modules rely on. */
  columns: readonly string[];
  /** What it is for, in a sentence. */
  purpose: string;
}
