export * from './errors.js';
export * from './permissions.js';
export * from './pagination.js';
export * from './streams.js';
export * from './taxonomies/index.js';
export * from './api/health.js';
export * from './api/organisations.js';
