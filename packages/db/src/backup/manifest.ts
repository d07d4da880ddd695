import { z } from '@kiemtra/domain';

/** Bumped when the layout of a backup directory changes in a way an older restore cannot read. */
export const BACKUP_FORMAT = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  appVersion: z.string().max(50),
  createdAt: z.string().max(40),
  databaseKind: z.enum(['postgres', 'pglite']),
  /** Names of the migrations applied to the database backed up, in order. */
  migrations: z.array(z.string().max(200)).max(10_000),
  tables: z
    .array(
      z.object({
        name: z.string().max(200),
        rows: z.number().int().min(0),
        file: z.string().max(300),
        sha256,
      }),
    )
    .max(1_000),
  attachments: z
    .array(z.object({ path: z.string().max(300), bytes: z.number().int().min(0), sha256 }))
    .max(10_000_000),
  /** pg_dump's custom format beside the portable data, on PostgreSQL when pg_dump is installed. */
  pgDump: z.object({ file: z.string().max(300), sha256 }).nullable(),
  /** The configuration that is not secret (no password, no token, no database URL). */
  config: z.record(z.string().max(100), z.string().max(1_000)),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const MANIFEST_FILE = 'manifest.json';
