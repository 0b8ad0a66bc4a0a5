import { Foundation1795332458389 } from './1795332458389-foundation';

/**
 * Every migration in the order it runs. `npm run migration:generate -w @commonroom/server -- Name`
 * writes a new file beside this one and adds it here.
 */
export const MIGRATIONS: Function[] = [Foundation1795332458389];
