import type { InspectionForm, InspectionStatus, InspectionVisibility } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface InspectionRecord {
  id: string;
  tenantId: string;
  planId: string;
  planTitle: string;
  targetId: string;
  /** The target's own unit; for a commune visit, its district. */
  targetOrgUnitId: string;
  orgUnitId: string;
  orgUnitName: string;
  teamId: string | null;
  teamName: string | null;
  form: InspectionForm;
  status: InspectionStatus;
  startDate: string | null;
  endDate: string | null;
  place: string | null;
  version: number;
  /** Users on the team, the leader included, for the access policy. */
  teamUserIds: string[];
  teamLeaderUserId: string | null;
}

const baseQuery = (db: Executor) =>
  db
    .selectFrom('inspections')
    .innerJoin('plans', 'plans.id', 'inspections.plan_id')
    .innerJoin('targets', 'targets.id', 'inspections.target_id')
    .innerJoin('org_units as unit', 'unit.id', 'inspections.org_unit_id')
    .leftJoin('teams', 'teams.id', 'inspections.team_id')
    .select((eb) => [
      'inspections.id',
      'inspections.tenant_id',
      'inspections.plan_id',
      'plans.title as plan_title',
      'inspections.target_id',
      'targets.org_unit_id as target_org_unit_id',
      'inspections.org_unit_id',
      'unit.name as org_unit_name',
      'inspections.team_id',
      'teams.name as team_name',
      'inspections.form',
      'inspections.status',
      'inspections.start_date',
      'inspections.end_date',
      'inspections.place',
      'inspections.version',
      eb
        .selectFrom('team_members')
        .whereRef('team_members.team_id', '=', 'inspections.team_id')
        .where('team_members.user_id', 'is not', null)
        .select(sql<string[]>`coalesce(json_agg(team_members.user_id), '[]')`.as('ids'))
        .as('team_user_ids'),
      eb
        .selectFrom('team_members')
        .whereRef('team_members.team_id', '=', 'inspections.team_id')
        .where('team_members.role', '=', 'leader')
        .select('team_members.user_id')
        .limit(1)
        .as('team_leader_user_id'),
    ]);

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirst']>>>;

const toRecord = (r: Row): InspectionRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  planId: r.plan_id,
  planTitle: r.plan_title,
  targetId: r.target_id,
  targetOrgUnitId: r.target_org_unit_id,
  orgUnitId: r.org_unit_id,
  orgUnitName: r.org_unit_name,
  teamId: r.team_id,
  teamName: r.team_name,
  form: r.form,
  status: r.status,
  startDate: r.start_date,
  endDate: r.end_date,
  place: r.place,
  version: r.version,
  teamUserIds: r.team_user_ids ?? [],
  teamLeaderUserId: r.team_leader_user_id ?? null,
});

export async function findInspection(db: Executor, inspectionId: string): Promise<InspectionRecord | null> {
  const row = await baseQuery(db).where('inspections.id', '=', inspectionId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** The inspections of a province that `visibility` lets the actor see, optionally of one plan. */
export async function listVisibleInspections(
  db: Executor,
  query: { tenantId: string; visibility: InspectionVisibility; planId?: string },
): Promise<InspectionRecord[]> {
  const { visibility } = query;
  if (visibility.kind === 'none') return [];
  let q = baseQuery(db).where('inspections.tenant_id', '=', query.tenantId);
  if (query.planId) q = q.where('inspections.plan_id', '=', query.planId);
  if (visibility.kind === 'own_unit') q = q.where('inspections.org_unit_id', '=', visibility.orgUnitId);
  if (visibility.kind === 'own_teams') {
    q = q.where('inspections.team_id', 'in', (eb) =>
      eb.selectFrom('team_members').select('team_id').where('user_id', '=', visibility.userId),
    );
  }
  const rows = await q.orderBy('inspections.start_date').orderBy('unit.name').execute();
  return rows.map(toRecord);
}
