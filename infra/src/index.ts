export { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres.js';
export { findFreePort } from './free-port.js';
export { inspectPostmaster, type PostmasterState } from './postmaster-pid.js';
