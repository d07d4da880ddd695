import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- The report outline (Đề cương báo cáo) as a versioned template: a report keeps the version it was written against.
    CREATE TABLE report_templates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      code text NOT NULL,
      version integer NOT NULL,
      title text NOT NULL,
      inspection_kind text NOT NULL CHECK (inspection_kind IN ('comprehensive','thematic','ad_hoc')),
      published_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, code, version)
    );

    CREATE TABLE report_template_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      template_id uuid NOT NULL REFERENCES report_templates(id),
      code text NOT NULL,
      parent_code text,
      position integer NOT NULL,
      title text NOT NULL,
      guidance text,
      required boolean NOT NULL DEFAULT true,
      UNIQUE (template_id, code)
    );

    CREATE TABLE plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      owner_org_unit_id uuid NOT NULL REFERENCES org_units(id),
      year integer NOT NULL,
      title text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published')),
      decision_number text,
      decision_date date,
      decision_signer_name text,
      decision_signer_title text,
      issuing_authority text NOT NULL,
      legal_bases jsonb NOT NULL DEFAULT '[]'::jsonb,
      proposal text,
      window_start date NOT NULL,
      window_end date NOT NULL,
      purposes jsonb NOT NULL DEFAULT '[]'::jsonb,
      requirements jsonb NOT NULL DEFAULT '[]'::jsonb,
      forms jsonb NOT NULL DEFAULT '[]'::jsonb,
      expected_target_count integer CHECK (expected_target_count IS NULL OR expected_target_count >= 0),
      funding_note text,
      report_template_id uuid REFERENCES report_templates(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (window_end >= window_start)
    );
    CREATE INDEX plans_tenant_year_idx ON plans (tenant_id, year);

    -- The content of the inspection (II.1): the 7 areas of a comprehensive inspection and the thematic topics.
    CREATE TABLE plan_contents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('area','topic')),
      code text NOT NULL,
      position integer NOT NULL,
      title text NOT NULL,
      description text,
      UNIQUE (plan_id, code)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP TABLE plan_contents;
  DROP TABLE plans;
  DROP TABLE report_template_items;
  DROP TABLE report_templates;`,
  );
}
