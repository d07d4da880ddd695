export * from './audit-columns.js';
export * from './audit-describe.js';
export * from './audit-log.schemas.js';
