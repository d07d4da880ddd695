import { type Kysely, sql } from 'kysely';

/**
 * Issue 12: holidays a later law adds to BLLĐ art. 112, as data with their validity, national like
 * the schedules; 24/11 moves out of the 2026 schedule's "pending" list into a rule of its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE law_holiday_rules (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    day integer NOT NULL CHECK (day BETWEEN 1 AND 31),
    status text NOT NULL CHECK (status IN ('in_force','proposed','not_adopted')),
    valid_from date NOT NULL,
    basis text NOT NULL CHECK (length(basis) BETWEEN 5 AND 1000),
    version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (month, day)
  )`.execute(db);
  await sql`CREATE TRIGGER law_holiday_rules_audit AFTER INSERT OR UPDATE OR DELETE ON law_holiday_rules
    FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
  await sql`UPDATE official_schedules SET schedule = schedule - 'pending' WHERE schedule ? 'pending'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE law_holiday_rules`.execute(db);
}
