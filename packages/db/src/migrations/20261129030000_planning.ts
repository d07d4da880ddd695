import { type Kysely, sql } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 4 (planning): what building a plan, its teams, the schedule and the schedule notices need
 * beyond the foundation's tables. A plan's history is the audit log (every change with its actor
 * and reason), so no amendment table is kept beside it.
 */
const NEW_AUDITED_TABLES = ['plan_member_agencies', 'schedule_notices'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- Seed III.1: "Mỗi địa phương cấp huyện sẽ kiểm tra từ 02 đến 03 đơn vị cấp xã", per plan.
    -- level: 'province' for the plan of Sở Nội vụ; 'lower' for a department's or district's own plan (V.3.c).
    ALTER TABLE plans ADD COLUMN sub_unit_min integer NOT NULL DEFAULT 2 CHECK (sub_unit_min >= 0);
    ALTER TABLE plans ADD COLUMN sub_unit_max integer NOT NULL DEFAULT 3 CHECK (sub_unit_max >= 0);
    ALTER TABLE plans ADD CONSTRAINT plans_sub_unit_bounds CHECK (sub_unit_min <= sub_unit_max);
    ALTER TABLE plans ADD COLUMN level text NOT NULL DEFAULT 'province' CHECK (level IN ('province','lower'));
    ALTER TABLE plans ADD COLUMN copied_from_plan_id uuid REFERENCES plans(id);

    -- Seed IV.1: the agencies that send staff to the plan's teams (Công an tỉnh, PC06, for V.2).
    CREATE TABLE plan_member_agencies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      org_unit_id uuid NOT NULL REFERENCES org_units(id),
      is_police_unit boolean NOT NULL DEFAULT false,
      sort_order integer NOT NULL,
      UNIQUE (plan_id, org_unit_id)
    );

    -- Seed V.1/V.2: the kind of team decides who signs its forming decision.
    ALTER TABLE teams ADD COLUMN kind text NOT NULL DEFAULT 'comprehensive' CHECK (kind IN ('comprehensive','thematic_tthc','other'));
    ALTER TABLE teams ADD COLUMN decision_signer_office text CHECK (decision_signer_office IN ('director_home_affairs','chief_of_office_ppc','chairman_ppc'));

    -- Seed II.1.c, III.3: an ad-hoc target carries the decision that ordered it and who ordered it.
    ALTER TABLE targets ADD COLUMN ad_hoc_decision_number text;
    ALTER TABLE targets ADD COLUMN ad_hoc_decision_date date;
    ALTER TABLE targets ADD COLUMN ad_hoc_ordered_by text CHECK (ad_hoc_ordered_by IN ('director_home_affairs','chief_of_office_ppc','chairman_ppc'));

    -- Every on-site day (start_date and end_date stay the first and last of them) and why a
    -- notice went out late, which stays visible.
    ALTER TABLE inspections ADD COLUMN visit_dates jsonb NOT NULL DEFAULT '[]'::jsonb;
    ALTER TABLE inspections ADD COLUMN late_notice_reason text;

    -- Schedule notices (III.2.a), kept forever: a reschedule supersedes the current one and may
    -- add an amended notice; the dates and deadlines each notice announced are kept with it.
    CREATE TABLE schedule_notices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id text NOT NULL REFERENCES tenants(id),
      plan_id uuid NOT NULL REFERENCES plans(id),
      inspection_id uuid NOT NULL REFERENCES inspections(id),
      number text NOT NULL,
      notice_date date NOT NULL,
      recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
      state text NOT NULL DEFAULT 'current' CHECK (state IN ('current','superseded')),
      amends_notice_id uuid REFERENCES schedule_notices(id),
      visit_dates jsonb NOT NULL DEFAULT '[]'::jsonb,
      deadlines jsonb NOT NULL DEFAULT '[]'::jsonb,
      late_notice_reason text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX schedule_notices_inspection_idx ON schedule_notices (inspection_id);
    CREATE UNIQUE INDEX schedule_notices_one_current ON schedule_notices (inspection_id) WHERE state = 'current';

    -- The plan history reads the audit log by plan.
    CREATE INDEX audit_log_plan_idx ON audit_log ((coalesce(after, before)->>'plan_id'));

    -- A department's or district's plan admin (V.3.c): plan_admin rights over its own unit's plans.
    ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check CHECK (role IN ('plan_admin','unit_plan_admin','team_leader','inspector','unit_reporter','unit_head','leadership_viewer'));
  `,
  );
  for (const table of NEW_AUDITED_TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_audit`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of NEW_AUDITED_TABLES) {
    await sql`DROP TRIGGER ${sql.raw(`${table}_audit`)} ON ${sql.table(table)}`.execute(db);
  }
  await runScript(
    db,
    `
    ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check CHECK (role IN ('plan_admin','team_leader','inspector','unit_reporter','unit_head','leadership_viewer'));
    DROP INDEX audit_log_plan_idx;
    DROP TABLE schedule_notices;
    ALTER TABLE inspections DROP COLUMN late_notice_reason;
    ALTER TABLE inspections DROP COLUMN visit_dates;
    ALTER TABLE targets DROP COLUMN ad_hoc_ordered_by;
    ALTER TABLE targets DROP COLUMN ad_hoc_decision_date;
    ALTER TABLE targets DROP COLUMN ad_hoc_decision_number;
    ALTER TABLE teams DROP COLUMN decision_signer_office;
    ALTER TABLE teams DROP COLUMN kind;
    DROP TABLE plan_member_agencies;
    ALTER TABLE plans DROP COLUMN copied_from_plan_id;
    ALTER TABLE plans DROP COLUMN level;
    ALTER TABLE plans DROP CONSTRAINT plans_sub_unit_bounds;
    ALTER TABLE plans DROP COLUMN sub_unit_max;
    ALTER TABLE plans DROP COLUMN sub_unit_min;
  `,
  );
}
