// Minimal public surface for the discussion engine's branch; the ownership work writes the full one.
export { searchVectorColumn, weighted } from './search-columns';
