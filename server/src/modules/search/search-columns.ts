/**
 * Moved to `infrastructure/database/search-columns.ts` (entities of five modules use it, so it is
 * infrastructure). Kept only for the discussions entities, which the engine change moves over;
 * delete this file once nothing imports it.
 */
export { searchVectorColumn, weighted } from '../../infrastructure/database/search-columns';
