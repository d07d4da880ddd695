import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

// Org units carry validity periods and their parent links their own, so that the 2025 reform
// (districts abolished, provinces merged) is new rows, never an edit of the 2024 ones.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE tenants (
      id text PRIMARY KEY,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE org_units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      code text NOT NULL,
      name text NOT NULL,
      short_name text,
      kind text NOT NULL CHECK (kind IN ('province','department','central_agency','district','commune','other')),
      valid_from date NOT NULL,
      valid_to date,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, code),
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    );

    CREATE TABLE org_unit_parents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      parent_id uuid NOT NULL REFERENCES org_units(id),
      valid_from date NOT NULL,
      valid_to date,
      CHECK (org_unit_id <> parent_id),
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    );
    CREATE INDEX org_unit_parents_unit_idx ON org_unit_parents (org_unit_id);
    CREATE INDEX org_unit_parents_parent_idx ON org_unit_parents (parent_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP TABLE org_unit_parents;
  DROP TABLE org_units;
  DROP TABLE tenants;`,
  );
}
