export * from './define.js';
export * from './organisation-kinds.js';
export * from './phases.js';
export * from './regions.js';
export * from './roles.js';
export * from './subjects.js';
export * from './communities.js';
export * from './partnership-models.js';
