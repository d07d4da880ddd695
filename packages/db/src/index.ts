export { type AttachmentStore, databaseAttachmentStore } from './attachments/attachment-store.js';
export { createDiskAttachmentStore, type DiskAttachmentStore } from './attachments/disk-attachment-store.js';
export * from './backup/index.js';
export { type DatabaseConfig, type DatabaseHandle, openDatabase } from './connection.js';
export type { Database } from './database.js';
export { migrateTo, migrateToLatest } from './migrate.js';
export { DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from './postgres-pool.js';
export { loadReferenceData } from './reference-data.js';
export * from './repositories/index.js';
export {
  BINH_DINH_2024,
  DEMO_PASSWORD,
  DEMO_SIGN_INS,
  type DemoSignIn,
  type SeedData,
} from './seed/binh-dinh-2024/index.js';
export { loadBinhDinh2024, loadSeed, type SeedDeps } from './seed/load-seed.js';
export { type AuditActor, withActor } from './with-actor.js';
