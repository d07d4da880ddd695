import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Every change to a business table is written to audit_log by a trigger, so no code path can forget
 * it. The actor comes from transaction-local settings (kiemtra.actor_*) that the repositories set.
 * The log itself refuses UPDATE, DELETE and TRUNCATE in the database.
 */
const AUDITED_TABLES = [
  'tenants',
  'org_units',
  'org_unit_parents',
  'users',
  'user_roles',
  'api_clients',
  'report_templates',
  'report_template_items',
  'plans',
  'plan_contents',
  'teams',
  'team_members',
  'targets',
  'target_sub_units',
  'inspections',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      tenant_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      actor_kind text NOT NULL,
      actor_id text,
      actor_name text,
      operation text NOT NULL CHECK (operation IN ('INSERT','UPDATE','DELETE')),
      entity text NOT NULL,
      entity_id text,
      reason text,
      before jsonb,
      after jsonb
    );
    CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
    CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);

    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa hoặc xóa.'
        USING ERRCODE = 'insufficient_privilege';
    END;
    $$;
    CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

    CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) - 'password_hash' - 'token_hash' END;
      new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) - 'password_hash' - 'token_hash' END;
      any_row jsonb := coalesce(new_row, old_row);
    BEGIN
      IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NULL;
      END IF;
      INSERT INTO audit_log (tenant_id, actor_kind, actor_id, actor_name, operation, entity, entity_id, reason, before, after)
      VALUES (
        coalesce(any_row->>'tenant_id', nullif(current_setting('kiemtra.tenant_id', true), '')),
        coalesce(nullif(current_setting('kiemtra.actor_kind', true), ''), 'system'),
        nullif(current_setting('kiemtra.actor_id', true), ''),
        nullif(current_setting('kiemtra.actor_name', true), ''),
        TG_OP,
        TG_TABLE_NAME,
        coalesce(any_row->>'id', any_row->>'user_id'),
        nullif(current_setting('kiemtra.reason', true), ''),
        old_row,
        new_row
      );
      RETURN NULL;
    END;
    $$;
  `,
  );
  for (const table of AUDITED_TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_audit`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of AUDITED_TABLES) {
    await sql`DROP TRIGGER ${sql.raw(`${table}_audit`)} ON ${sql.table(table)}`.execute(db);
  }
  await runScript(
    db,
    `DROP FUNCTION audit_row_change();
  DROP TABLE audit_log;
  DROP FUNCTION audit_log_is_append_only();`,
  );
}
