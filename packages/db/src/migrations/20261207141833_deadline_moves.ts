import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 13: when a change moves a visit's deadline (new visit dates, an administrator's edit of a
 * year's days off), the visit's history keeps the old and the new due date and why, so that the
 * people concerned see it (and the reminders can tell them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `CREATE TABLE deadline_moves (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      inspection_id uuid NOT NULL REFERENCES inspections(id),
      deadline_key text NOT NULL,
      label text NOT NULL,
      from_date date NOT NULL,
      to_date date NOT NULL,
      cause text NOT NULL CHECK (cause IN ('rescheduled','calendar_edited')),
      reason text NOT NULL,
      actor_name text,
      moved_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX deadline_moves_inspection_idx ON deadline_moves (inspection_id, moved_at);`,
  );
  await sql`CREATE TRIGGER deadline_moves_audit AFTER INSERT OR UPDATE OR DELETE ON deadline_moves
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(db, 'DROP TABLE deadline_moves;');
}
