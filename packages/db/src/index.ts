export { type DatabaseConfig, type DatabaseHandle, openDatabase } from './connection.js';
export type { Database } from './database.js';
export { migrateToLatest } from './migrate.js';
export { loadReferenceData } from './reference-data.js';
export * from './repositories/index.js';
export { type AuditActor, withActor } from './with-actor.js';
