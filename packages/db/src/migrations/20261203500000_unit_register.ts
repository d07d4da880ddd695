import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

const NEW_AUDITED_TABLES = ['org_unit_names', 'org_unit_changes'];

/**
 * The unit register (danh mục cơ quan, đơn vị) kept by its administrator: official codes unique per
 * province, a unit's names over time (a rename is a new row from its date on, the earlier name stays
 * for earlier dates), and every change with its effective date and legal basis.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    ALTER TABLE org_units
      ADD COLUMN admin_code text,
      ADD COLUMN electronic_id text,
      ADD COLUMN commune_type text CHECK (commune_type IN ('xa','phuong','thi_tran','dac_khu')),
      ADD COLUMN version integer NOT NULL DEFAULT 1,
      ADD COLUMN request_id uuid;
    ALTER TABLE org_units ADD CONSTRAINT org_units_commune_type_kind CHECK (commune_type IS NULL OR kind = 'commune');
    -- A code names one unit of the province for ever, even after the unit ceased (Decision 124/2004/QĐ-TTg).
    CREATE UNIQUE INDEX org_units_admin_code_key ON org_units (tenant_id, admin_code) WHERE admin_code IS NOT NULL;
    CREATE UNIQUE INDEX org_units_electronic_id_key ON org_units (tenant_id, electronic_id) WHERE electronic_id IS NOT NULL;
    -- A retried create carries the same request id and finds the unit it made.
    CREATE UNIQUE INDEX org_units_request_id_key ON org_units (tenant_id, request_id) WHERE request_id IS NOT NULL;

    CREATE TABLE org_unit_names (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      name text NOT NULL,
      short_name text,
      valid_from date NOT NULL,
      UNIQUE (org_unit_id, valid_from)
    );

    CREATE TABLE org_unit_changes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      change text NOT NULL CHECK (change IN ('created','renamed','reparented','closed')),
      effective_from date NOT NULL,
      basis_kind text NOT NULL CHECK (basis_kind IN ('resolution','decision','decree','other')),
      basis_number text NOT NULL,
      basis_date date NOT NULL,
      basis_issuer text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX org_unit_changes_unit_idx ON org_unit_changes (org_unit_id, effective_from);
  `,
  );
  for (const table of NEW_AUDITED_TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_audit`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP TABLE org_unit_changes;
  DROP TABLE org_unit_names;
  DROP INDEX org_units_request_id_key;
  DROP INDEX org_units_electronic_id_key;
  DROP INDEX org_units_admin_code_key;
  ALTER TABLE org_units DROP CONSTRAINT org_units_commune_type_kind;
  ALTER TABLE org_units DROP COLUMN request_id, DROP COLUMN version, DROP COLUMN commune_type,
    DROP COLUMN electronic_id, DROP COLUMN admin_code;`,
  );
}
