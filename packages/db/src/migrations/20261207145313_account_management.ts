import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 11: accounts kept by the system administrator. An account has an e-mail, a version for
 * optimistic edits, and, for unit roles, the unit it acts for (the policy's "own unit"), which may
 * differ from the unit the person works in. Existing unit accounts act for their own unit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    ALTER TABLE users ADD COLUMN email text;
    ALTER TABLE users ADD COLUMN acting_org_unit_id uuid REFERENCES org_units(id);
    ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 1;
    UPDATE users SET acting_org_unit_id = org_unit_id
      WHERE id IN (SELECT user_id FROM user_roles WHERE role IN ('unit_reporter','unit_head','unit_plan_admin'));
    CREATE INDEX users_tenant_name_idx ON users (tenant_id, full_name);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP INDEX users_tenant_name_idx;
  ALTER TABLE users DROP COLUMN version;
  ALTER TABLE users DROP COLUMN acting_org_unit_id;
  ALTER TABLE users DROP COLUMN email;`,
  );
}
