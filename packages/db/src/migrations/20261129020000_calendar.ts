import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

// Official day-off schedules are national: one row per year, edited by administrators, audited.
// Plans carry their own deadline rules and the reading of "trước N ngày làm việc" (A or B).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE official_schedules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      year integer NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2100),
      schedule jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    ALTER TABLE plans ADD COLUMN deadline_rules jsonb;
    ALTER TABLE plans ADD COLUMN deadline_reading text NOT NULL DEFAULT 'A' CHECK (deadline_reading IN ('A','B'));
  `,
  );
  await sql`CREATE TRIGGER official_schedules_audit AFTER INSERT OR UPDATE OR DELETE ON official_schedules
    FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    ALTER TABLE plans DROP COLUMN deadline_reading;
    ALTER TABLE plans DROP COLUMN deadline_rules;
    DROP TABLE official_schedules;
  `,
  );
}
