import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 5: the inspected unit's self-report (báo cáo phục vụ Đoàn kiểm tra) against a versioned
 * outline. Answers carry a version number so that two people of a unit editing the same item are
 * detected; figures pushed by a provincial system live apart from the unit's own, so the unit can
 * comment on them but never overwrite them. Attachment bytes sit behind a storage interface; the
 * database store keeps them in attachment_blobs, which is not audited (the log would copy every file;
 * the audited report_attachments row holds the file's name, size and sha-256).
 */
const NEW_AUDITED_TABLES = [
  'unit_reports',
  'report_answers',
  'report_system_figures',
  'report_attachments',
  'report_comments',
  'report_addition_requests',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- An outline item's optional structured figures (key, label, kind, unit) and their checks (a ≤ b).
    ALTER TABLE report_template_items ADD COLUMN figures jsonb NOT NULL DEFAULT '[]'::jsonb;
    ALTER TABLE report_template_items ADD COLUMN figure_rules jsonb NOT NULL DEFAULT '[]'::jsonb;

    CREATE TABLE unit_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      inspection_id uuid NOT NULL UNIQUE REFERENCES inspections(id),
      -- The outline version the report is written against, kept when a newer one is published.
      template_id uuid NOT NULL REFERENCES report_templates(id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','reopened','additions_requested')),
      first_submitted_at timestamptz,
      -- The due date and the timing as they stood at the first submission (III.2.b).
      due_date date,
      timing text CHECK (timing IN ('on_time','late')),
      working_days_late integer CHECK (working_days_late IS NULL OR working_days_late >= 0),
      last_submitted_at timestamptz,
      reopened_reason text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX unit_reports_tenant_idx ON unit_reports (tenant_id);

    CREATE TABLE report_answers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      report_id uuid NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
      item_code text NOT NULL,
      narrative text NOT NULL DEFAULT '',
      figures jsonb NOT NULL DEFAULT '{}'::jsonb,
      version integer NOT NULL DEFAULT 1,
      updated_by_name text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (report_id, item_code)
    );

    CREATE TABLE report_system_figures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      report_id uuid NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
      item_code text NOT NULL,
      figure_key text NOT NULL,
      value double precision NOT NULL,
      source text NOT NULL,
      recorded_at timestamptz NOT NULL,
      api_client_id uuid REFERENCES api_clients(id),
      unit_comment text,
      UNIQUE (report_id, item_code, figure_key)
    );

    CREATE TABLE report_attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      report_id uuid NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
      item_code text NOT NULL,
      file_name text NOT NULL,
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      store text NOT NULL CHECK (store IN ('database','disk')),
      storage_key text NOT NULL UNIQUE,
      uploaded_by_name text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX report_attachments_report_idx ON report_attachments (report_id, item_code);

    CREATE TABLE attachment_blobs (
      storage_key text PRIMARY KEY,
      content bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE report_comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      report_id uuid NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
      item_code text NOT NULL,
      author_user_id uuid REFERENCES users(id),
      author_name text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX report_comments_report_idx ON report_comments (report_id, item_code);

    -- The team's request for additions: only these items reopen; resolved by the next submission.
    CREATE TABLE report_addition_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      report_id uuid NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
      item_codes jsonb NOT NULL,
      reason text NOT NULL,
      requested_by_name text NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz
    );
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
    `DROP TABLE report_addition_requests;
  DROP TABLE report_comments;
  DROP TABLE attachment_blobs;
  DROP TABLE report_attachments;
  DROP TABLE report_system_figures;
  DROP TABLE report_answers;
  DROP TABLE unit_reports;
  ALTER TABLE report_template_items DROP COLUMN figure_rules;
  ALTER TABLE report_template_items DROP COLUMN figures;`,
  );
}
