import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE teams (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES plans(id),
      name text NOT NULL,
      lead_agency_id uuid NOT NULL REFERENCES org_units(id),
      decision_number text,
      decision_date date,
      decision_signer_name text,
      decision_signer_title text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE team_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
      user_id uuid REFERENCES users(id),
      full_name text NOT NULL,
      position text,
      agency_id uuid NOT NULL REFERENCES org_units(id),
      role text NOT NULL CHECK (role IN ('leader','deputy_leader','member','secretary','press')),
      sort_order integer NOT NULL
    );
    CREATE INDEX team_members_team_idx ON team_members (team_id);
    CREATE INDEX team_members_user_idx ON team_members (user_id);
    CREATE UNIQUE INDEX team_members_one_leader ON team_members (team_id) WHERE role = 'leader';

    CREATE TABLE targets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES plans(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      inspection_kind text NOT NULL CHECK (inspection_kind IN ('comprehensive','thematic','ad_hoc')),
      target_group text NOT NULL CHECK (target_group IN ('provincial_agencies','central_agencies','district_comprehensive','district_thematic','land_registration_branches','ad_hoc')),
      team_id uuid REFERENCES teams(id),
      sort_order integer NOT NULL,
      note text,
      version integer NOT NULL DEFAULT 1,
      UNIQUE (plan_id, org_unit_id, inspection_kind)
    );
    CREATE INDEX targets_plan_idx ON targets (plan_id);

    -- Communes inspected with their district (2–3 each in the seed).
    CREATE TABLE target_sub_units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      target_id uuid NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      sort_order integer NOT NULL,
      UNIQUE (target_id, org_unit_id)
    );

    -- One row per visit: the target's own unit, or one of its sub-units.
    CREATE TABLE inspections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      plan_id uuid NOT NULL REFERENCES plans(id),
      target_id uuid NOT NULL REFERENCES targets(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      team_id uuid REFERENCES teams(id),
      form text NOT NULL DEFAULT 'on_site' CHECK (form IN ('on_site','desk')),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','scheduled','notified','in_progress','concluded','closed','cancelled')),
      start_date date,
      end_date date,
      place text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
      UNIQUE (target_id, org_unit_id)
    );
    CREATE INDEX inspections_plan_idx ON inspections (plan_id);
    CREATE INDEX inspections_unit_idx ON inspections (org_unit_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP TABLE inspections;
  DROP TABLE target_sub_units;
  DROP TABLE targets;
  DROP TABLE team_members;
  DROP TABLE teams;`,
  );
}
