export { type BackupOptions, createBackup } from './backup.js';
export { type BackupManifest, MANIFEST_FILE } from './manifest.js';
export { type RestoreOptions, RestoreRefused, readManifest, restoreBackup } from './restore.js';
