export * from './define.js';
export * from './organisation-kinds.js';
export * from './phases.js';
export * from './regions.js';
export * from './roles.js';
export * from './subjects.js';
