import type { Kysely } from 'kysely';
import { type Migration, type MigrationResultSet, Migrator } from 'kysely/migration';
import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

async function migrate(
  db: Kysely<Database>,
  step: (migrator: Migrator) => Promise<MigrationResultSet>,
  set: Record<string, Migration> = migrations,
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => set },
    // Migrations written side by side land in any order: a database that already ran a later one
    // still takes an earlier one that arrives after it (each touches its own tables).
    allowUnorderedMigrations: true,
  });
  const result = await step(migrator);
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'không rõ';
    throw new Error(`Không chạy được migration ${failed}`, { cause: result.error });
  }
  return result;
}

/**
 * Brings the schema to the newest migration; throws with the failing migration's name. The pending
 * migrations run in one transaction, so a failure leaves the database as it was. `set` is for tests.
 */
export function migrateToLatest(
  db: Kysely<Database>,
  set: Record<string, Migration> = migrations,
): Promise<MigrationResultSet> {
  return migrate(db, (migrator) => migrator.migrateToLatest(), set);
}

/** Brings the schema to the named migration exactly (a restore rebuilds the schema its backup had). */
export function migrateTo(db: Kysely<Database>, name: string): Promise<MigrationResultSet> {
  return migrate(db, (migrator) => migrator.migrateTo(name));
}
