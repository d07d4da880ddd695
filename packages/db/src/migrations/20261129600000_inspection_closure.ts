import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 6: from the inspection to its closure — the minutes, findings, the conclusion and its
 * notice, recommendations and the unit's remediation reports, earlier years' conclusions,
 * follow-up inspections, rounds and the summary report. Every table is audited like the others.
 */
const NEW_AUDITED_TABLES = [
  'inspection_minutes',
  'findings',
  'conclusions',
  'earlier_conclusions',
  'recommendations',
  'remediation_reports',
  'rounds',
  'summary_reports',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- The minutes (biên bản) of one visit, written by the team together: the version number
    -- detects a concurrent edit instead of losing it.
    CREATE TABLE inspection_minutes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      inspection_id uuid NOT NULL UNIQUE REFERENCES inspections(id),
      minutes_date date NOT NULL,
      place text NOT NULL,
      attendees jsonb NOT NULL DEFAULT '[]'::jsonb,
      agenda jsonb NOT NULL DEFAULT '[]'::jsonb,
      discussion text NOT NULL DEFAULT '',
      leader_conclusion text NOT NULL DEFAULT '',
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- Seed I.2: shortcomings and violations name the responsibility of individuals or collectives.
    CREATE TABLE findings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      inspection_id uuid NOT NULL REFERENCES inspections(id),
      area text NOT NULL CHECK (area IN ('A1','A2','A3','A4','A5','A6','A7','T1','T2','T3','T4')),
      kind text NOT NULL CHECK (kind IN ('achievement','shortcoming','violation')),
      severity text CHECK (severity IN ('minor','serious','very_serious')),
      description text NOT NULL,
      responsibilities jsonb NOT NULL DEFAULT '[]'::jsonb,
      sort_order integer NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'violation') = (severity IS NOT NULL))
    );
    CREATE INDEX findings_inspection_idx ON findings (inspection_id);

    -- The conclusion of one visit; the notice number and date are set together when the team
    -- leader issues it (seed III.2.d).
    CREATE TABLE conclusions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      inspection_id uuid NOT NULL UNIQUE REFERENCES inspections(id),
      general_assessment text NOT NULL DEFAULT '',
      notice_number text,
      notice_date date,
      issued_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((notice_number IS NULL) = (notice_date IS NULL))
    );

    -- Conclusions of earlier years (2021–2023 in the seed), entered so that this year's
    -- inspection checks their remediation (seed II.1.b).
    CREATE TABLE earlier_conclusions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      year integer NOT NULL,
      issuer text NOT NULL,
      document_number text NOT NULL,
      document_date date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX earlier_conclusions_unit_idx ON earlier_conclusions (org_unit_id);

    -- A recommendation comes from this year's conclusion or from an earlier one; either way it is
    -- followed up by one visit (for an earlier one, the visit that took it over).
    CREATE TABLE recommendations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      inspection_id uuid REFERENCES inspections(id),
      earlier_conclusion_id uuid REFERENCES earlier_conclusions(id),
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      action text NOT NULL,
      responsible text NOT NULL,
      due_date date,
      finding_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','reported','returned','in_progress','done','carried_over')),
      return_reason text,
      done_on date,
      carry_over_reason text,
      sort_order integer NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (num_nonnulls(inspection_id, earlier_conclusion_id) >= 1),
      CHECK (status <> 'carried_over' OR coalesce(btrim(carry_over_reason), '') <> '')
    );
    CREATE INDEX recommendations_inspection_idx ON recommendations (inspection_id);
    CREATE INDEX recommendations_unit_idx ON recommendations (org_unit_id);

    -- The unit's reports on a recommendation (seed III.2.đ), each with the inspector's decision.
    CREATE TABLE remediation_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      recommendation_id uuid NOT NULL REFERENCES recommendations(id),
      state text NOT NULL CHECK (state IN ('done','in_progress','not_done')),
      actions_taken text NOT NULL,
      evidence_refs jsonb NOT NULL DEFAULT '[]'::jsonb,
      submitted_on date NOT NULL,
      submitted_by uuid REFERENCES users(id),
      decision text CHECK (decision IN ('accepted','returned')),
      decision_reason text,
      decided_by uuid REFERENCES users(id),
      decided_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX remediation_reports_recommendation_idx ON remediation_reports (recommendation_id);

    -- Rounds (đợt kiểm tra) of one team; closing one starts the summary report's deadline (III.2.e).
    CREATE TABLE rounds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      plan_id uuid NOT NULL REFERENCES plans(id),
      team_id uuid NOT NULL REFERENCES teams(id),
      name text NOT NULL,
      closed_on date,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    ALTER TABLE inspections ADD COLUMN round_id uuid REFERENCES rounds(id);

    -- A follow-up (phúc tra) or re-inspection (tái kiểm tra) is a visit of its own, linked to
    -- the concluded one; only the original visit is unique per target and unit.
    ALTER TABLE inspections ADD COLUMN follow_up_of_inspection_id uuid REFERENCES inspections(id);
    ALTER TABLE inspections ADD COLUMN follow_up_kind text CHECK (follow_up_kind IN ('follow_up','re_inspection'));
    ALTER TABLE inspections ADD CONSTRAINT inspections_follow_up_kind_with_source
      CHECK ((follow_up_of_inspection_id IS NULL) = (follow_up_kind IS NULL));
    ALTER TABLE inspections DROP CONSTRAINT inspections_target_id_org_unit_id_key;
    CREATE UNIQUE INDEX inspections_one_original_visit ON inspections (target_id, org_unit_id)
      WHERE follow_up_of_inspection_id IS NULL;

    -- The summary report of a round to UBND tỉnh, drafted from its conclusions, edited and
    -- issued by Sở Nội vụ.
    CREATE TABLE summary_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      round_id uuid NOT NULL UNIQUE REFERENCES rounds(id),
      title text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','issued')),
      document_number text,
      issued_on date,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'issued') = (issued_on IS NOT NULL AND document_number IS NOT NULL))
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
    `DROP TABLE summary_reports;
  DROP INDEX inspections_one_original_visit;
  ALTER TABLE inspections ADD CONSTRAINT inspections_target_id_org_unit_id_key UNIQUE (target_id, org_unit_id);
  ALTER TABLE inspections DROP CONSTRAINT inspections_follow_up_kind_with_source;
  ALTER TABLE inspections DROP COLUMN follow_up_kind;
  ALTER TABLE inspections DROP COLUMN follow_up_of_inspection_id;
  ALTER TABLE inspections DROP COLUMN round_id;
  DROP TABLE rounds;
  DROP TABLE remediation_reports;
  DROP TABLE recommendations;
  DROP TABLE earlier_conclusions;
  DROP TABLE conclusions;
  DROP TABLE findings;
  DROP TABLE inspection_minutes;`,
  );
}
