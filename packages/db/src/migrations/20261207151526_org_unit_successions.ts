import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Successors of a ceased unit (đơn vị kế thừa): one row per predecessor and successor, from the
 * first day the predecessor no longer exists, with the act that decided it as the register stores
 * acts. A rename into a new unit is one row, a merge several rows to one successor, a split several
 * rows from one predecessor.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE org_unit_successions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      predecessor_id uuid NOT NULL REFERENCES org_units(id),
      successor_id uuid NOT NULL REFERENCES org_units(id),
      effective_from date NOT NULL,
      basis_kind text NOT NULL CHECK (basis_kind IN ('resolution','decision','decree','other')),
      basis_number text NOT NULL,
      basis_date date NOT NULL,
      basis_issuer text,
      -- The order the act names the successors in (a split's first successor is its main one).
      sort_order integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (predecessor_id <> successor_id),
      UNIQUE (predecessor_id, successor_id)
    );
    CREATE INDEX org_unit_successions_successor_idx ON org_unit_successions (successor_id);
    CREATE INDEX org_unit_successions_tenant_idx ON org_unit_successions (tenant_id);
  `,
  );
  await sql`CREATE TRIGGER org_unit_successions_audit AFTER INSERT OR UPDATE OR DELETE ON org_unit_successions
    FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(db, 'DROP TABLE org_unit_successions;');
}
