import { sql } from 'kysely';
import type { TestServer } from './test-server.js';

/**
 * A closed earlier year of the seed's programme: the 2024 plan, its targets and visits copied to
 * `year` (dates moved back), as a province's history accumulates. Returns the new plan's id.
 */
export async function insertEarlierYear(server: TestServer, year: number): Promise<string> {
  const db = server.database.db;
  const shift = 2024 - year;
  const plan = await sql<{ id: string }>`
    INSERT INTO plans (tenant_id, owner_org_unit_id, year, title, status, issuing_authority, window_start, window_end,
      report_template_id)
    SELECT tenant_id, owner_org_unit_id, ${year}::int, 'Kế hoạch kiểm tra công tác cải cách hành chính năm ' || ${year}::int,
      'published', issuing_authority, (window_start - make_interval(years => ${shift}::int))::date,
      (window_end - make_interval(years => ${shift}::int))::date, report_template_id
    FROM plans WHERE year = 2024 AND level = 'province'
    RETURNING id`.execute(db);
  const planId = plan.rows[0]?.id;
  if (!planId) throw new Error('the seed has no 2024 plan');
  await sql`
    INSERT INTO targets (plan_id, org_unit_id, inspection_kind, target_group, team_id, sort_order)
    SELECT ${planId}, t.org_unit_id, t.inspection_kind, t.target_group, t.team_id, t.sort_order
    FROM targets t JOIN plans p ON p.id = t.plan_id AND p.year = 2024 AND p.level = 'province'`.execute(db);
  await sql`
    INSERT INTO inspections (tenant_id, plan_id, target_id, org_unit_id, team_id, form, status, start_date, end_date)
    SELECT i.tenant_id, ${planId}, nt.id, i.org_unit_id, i.team_id, i.form, 'closed',
      (i.start_date - make_interval(years => ${shift}::int))::date, (i.end_date - make_interval(years => ${shift}::int))::date
    FROM inspections i
    JOIN plans p ON p.id = i.plan_id AND p.year = 2024 AND p.level = 'province'
    JOIN targets ot ON ot.id = i.target_id
    JOIN targets nt ON nt.plan_id = ${planId} AND nt.org_unit_id = ot.org_unit_id AND nt.inspection_kind = ot.inspection_kind`.execute(
    db,
  );
  return planId;
}
