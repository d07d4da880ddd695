export * from './accounts.repository.js';
export * from './calendar.repository.js';
export * from './inspections.repository.js';
export * from './org-units.repository.js';
export * from './plans.repository.js';
