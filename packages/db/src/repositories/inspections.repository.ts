import {
  DEFAULT_DEADLINE_RULES_2024,
  type DeadlineReading,
  type DeadlineRule,
  type InspectionForm,
  type InspectionKind,
  type InspectionStatus,
  type InspectionVisibility,
  type ReportStatus,
  type TargetGroup,
  UNIT_VISIBLE_STATUSES,
} from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface InspectionRecord {
  id: string;
  tenantId: string;
  planId: string;
  planTitle: string;
  /** The unit that owns the plan, for the access policy (V.3.c). */
  planOwnerUnitId: string;
  targetId: string;
  targetKind: InspectionKind;
  /** The group of units the target belongs to in the plan (seed III.1). */
  targetGroup: TargetGroup;
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
  /** Every on-site day, sorted. */
  visitDates: string[];
  lateNoticeReason: string | null;
  /** The date of the schedule notice in force, once the unit has been notified. */
  currentNoticeDate: string | null;
  /** The other recorded acts its deadlines are judged by (visitDeadlines in the domain). */
  acts: InspectionActs;
  version: number;
  /** Users on the team, the leader included, for the access policy. */
  teamUserIds: string[];
  teamLeaderUserId: string | null;
}

/** When each act of a visit was done, as recorded; null while not done. */
export interface InspectionActs {
  roundId: string | null;
  reportStatus: ReportStatus | null;
  reportFirstSubmittedAt: Date | null;
  reportLastSubmittedAt: Date | null;
  conclusionNoticeDate: string | null;
  /** The last on-site day of the visit's round (its visits not cancelled), the round's closing and summary. */
  roundEnd: string | null;
  roundClosedOn: string | null;
  summaryIssuedOn: string | null;
  planWindowEnd: string;
}

const baseQuery = (db: Executor) =>
  db
    .selectFrom('inspections')
    .innerJoin('plans', 'plans.id', 'inspections.plan_id')
    .where('plans.discarded_at', 'is', null)
    .innerJoin('targets', 'targets.id', 'inspections.target_id')
    .innerJoin('org_units as unit', 'unit.id', 'inspections.org_unit_id')
    .leftJoin('teams', 'teams.id', 'inspections.team_id')
    .select((eb) => [
      'inspections.id',
      'inspections.tenant_id',
      'inspections.plan_id',
      'plans.title as plan_title',
      'plans.owner_org_unit_id as plan_owner_unit_id',
      'inspections.target_id',
      'targets.inspection_kind as target_kind',
      'targets.target_group',
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
      'inspections.visit_dates',
      'inspections.late_notice_reason',
      'inspections.version',
      'plans.window_end as plan_window_end',
      'inspections.round_id',
      eb
        .selectFrom('unit_reports')
        .whereRef('unit_reports.inspection_id', '=', 'inspections.id')
        .select('unit_reports.status')
        .limit(1)
        .as('report_status'),
      eb
        .selectFrom('unit_reports')
        .whereRef('unit_reports.inspection_id', '=', 'inspections.id')
        .select('unit_reports.first_submitted_at')
        .limit(1)
        .as('report_first_submitted_at'),
      eb
        .selectFrom('unit_reports')
        .whereRef('unit_reports.inspection_id', '=', 'inspections.id')
        .select('unit_reports.last_submitted_at')
        .limit(1)
        .as('report_last_submitted_at'),
      eb
        .selectFrom('conclusions')
        .whereRef('conclusions.inspection_id', '=', 'inspections.id')
        .select('conclusions.notice_date')
        .limit(1)
        .as('conclusion_notice_date'),
      eb
        .selectFrom('inspections as mate')
        .whereRef('mate.round_id', '=', 'inspections.round_id')
        .where('mate.status', '<>', 'cancelled')
        .select((m) => m.fn.max('mate.end_date').as('end'))
        .as('round_end'),
      eb
        .selectFrom('rounds')
        .whereRef('rounds.id', '=', 'inspections.round_id')
        .select('rounds.closed_on')
        .as('round_closed_on'),
      eb
        .selectFrom('summary_reports')
        .whereRef('summary_reports.round_id', '=', 'inspections.round_id')
        .where('summary_reports.status', '=', 'issued')
        .select('summary_reports.issued_on')
        .limit(1)
        .as('summary_issued_on'),
      eb
        .selectFrom('schedule_notices')
        .whereRef('schedule_notices.inspection_id', '=', 'inspections.id')
        .where('schedule_notices.state', '=', 'current')
        .select('schedule_notices.notice_date')
        .limit(1)
        .as('current_notice_date'),
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
  planOwnerUnitId: r.plan_owner_unit_id,
  targetId: r.target_id,
  targetKind: r.target_kind,
  targetGroup: r.target_group,
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
  visitDates: r.visit_dates.length > 0 ? r.visit_dates : r.start_date ? [r.start_date] : [],
  lateNoticeReason: r.late_notice_reason,
  currentNoticeDate: r.current_notice_date ?? null,
  acts: {
    roundId: r.round_id,
    reportStatus: r.report_status ?? null,
    reportFirstSubmittedAt: r.report_first_submitted_at ?? null,
    reportLastSubmittedAt: r.report_last_submitted_at ?? null,
    conclusionNoticeDate: r.conclusion_notice_date ?? null,
    roundEnd: r.round_end ?? null,
    roundClosedOn: r.round_closed_on ?? null,
    summaryIssuedOn: r.summary_issued_on ?? null,
    planWindowEnd: r.plan_window_end,
  },
  version: r.version,
  teamUserIds: r.team_user_ids ?? [],
  teamLeaderUserId: r.team_leader_user_id ?? null,
});

export async function findInspection(db: Executor, inspectionId: string): Promise<InspectionRecord | null> {
  const row = await baseQuery(db).where('inspections.id', '=', inspectionId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/**
 * The visit's status and version, read again and locked until the end of the caller's transaction
 * (FOR UPDATE). The team's writes to findings and recommendations and the issue of the conclusion
 * take this lock first, so that a conclusion is never issued on a check that a concurrent
 * recommendation (one without a due date, say) makes untrue before it commits.
 */
export async function lockInspection(
  db: Executor,
  inspectionId: string,
): Promise<{ status: InspectionRecord['status']; version: number }> {
  const row = await db
    .selectFrom('inspections')
    .select(['status', 'version'])
    .where('id', '=', inspectionId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new Error(`inspection ${inspectionId} disappeared`);
  return { status: row.status, version: row.version };
}

/** Where a page of visits starts: just after this visit in the list's order. */
export interface InspectionListKey {
  startDate: string | null;
  orgUnitName: string;
  id: string;
}

// Visits without a date sort last, as ORDER BY start_date puts them.
const UNDATED = '9999-12-31';

/**
 * The inspections of a province that `visibility` lets the actor see, optionally of one plan or of
 * one year's plans and in some statuses; with `page`, at most `limit` of them after `after`, in the
 * list's order (date, unit, id), so that a page costs the same however long the history is.
 */
export async function listVisibleInspections(
  db: Executor,
  query: {
    tenantId: string;
    visibility: InspectionVisibility;
    planId?: string;
    planIds?: readonly string[];
    year?: number;
    statuses?: readonly InspectionStatus[];
    page?: { after: InspectionListKey | null; limit: number };
  },
): Promise<InspectionRecord[]> {
  const { visibility, page } = query;
  if (visibility.kind === 'none') return [];
  let q = baseQuery(db).where('inspections.tenant_id', '=', query.tenantId);
  if (query.planId) q = q.where('inspections.plan_id', '=', query.planId);
  if (query.planIds) {
    if (query.planIds.length === 0) return [];
    q = q.where('inspections.plan_id', 'in', [...query.planIds]);
  }
  if (query.year !== undefined) q = q.where('plans.year', '=', query.year);
  if (query.statuses && query.statuses.length > 0)
    q = q.where('inspections.status', 'in', [...query.statuses]);
  if (page?.after) {
    const { startDate, orgUnitName, id } = page.after;
    q = q.where(
      sql<boolean>`(coalesce(inspections.start_date, ${UNDATED}::date), unit.name, inspections.id) > (${startDate ?? UNDATED}::date, ${orgUnitName}, ${id}::uuid)`,
    );
  }
  if (visibility.kind === 'own_unit') {
    // A unit sees its inspection from the schedule notice on (see UNIT_VISIBLE_STATUSES).
    q = q
      .where('inspections.org_unit_id', '=', visibility.orgUnitId)
      .where('inspections.status', 'in', [...UNIT_VISIBLE_STATUSES]);
  }
  if (visibility.kind === 'own_plans') {
    q = q.where((eb) =>
      eb.or([
        eb('plans.owner_org_unit_id', '=', visibility.ownerUnitId),
        eb(
          'inspections.team_id',
          'in',
          eb.selectFrom('team_members').select('team_id').where('user_id', '=', visibility.userId),
        ),
      ]),
    );
  }
  if (visibility.kind === 'own_teams') {
    q = q.where('inspections.team_id', 'in', (eb) =>
      eb.selectFrom('team_members').select('team_id').where('user_id', '=', visibility.userId),
    );
  }
  let ordered = q
    .orderBy(sql`coalesce(inspections.start_date, ${UNDATED}::date)`)
    .orderBy('unit.name')
    .orderBy('inspections.id');
  if (page) ordered = ordered.limit(page.limit);
  const rows = await ordered.execute();
  return rows.map(toRecord);
}

/**
 * Each plan of a province with its year and whether it has visits and unfinished ones (a status
 * not in `finished`), newest first: the facts the domain's isPlanCurrent reads.
 */
export async function listPlanActivity(
  db: Executor,
  tenantId: string,
  finished: readonly InspectionStatus[],
): Promise<{ planId: string; year: number; hasVisits: boolean; hasUnfinishedVisits: boolean }[]> {
  const rows = await db
    .selectFrom('plans')
    .where('plans.tenant_id', '=', tenantId)
    .where('plans.discarded_at', 'is', null)
    .select((eb) => [
      'plans.id',
      'plans.year',
      eb
        .exists(
          eb
            .selectFrom('inspections')
            .select('inspections.id')
            .whereRef('inspections.plan_id', '=', 'plans.id'),
        )
        .as('has_visits'),
      eb
        .exists(
          eb
            .selectFrom('inspections')
            .select('inspections.id')
            .whereRef('inspections.plan_id', '=', 'plans.id')
            .where('inspections.status', 'not in', [...finished]),
        )
        .as('has_unfinished_visits'),
    ])
    .orderBy('plans.year', 'desc')
    .execute();
  return rows.map((r) => ({
    planId: r.id,
    year: r.year,
    hasVisits: Boolean(r.has_visits),
    hasUnfinishedVisits: Boolean(r.has_unfinished_visits),
  }));
}

/** What scheduling changes on a visit. */
export interface ScheduleFields {
  status: InspectionStatus;
  form: InspectionForm;
  place: string | null;
  visitDates: readonly string[];
  lateNoticeReason: string | null;
}

/**
 * Saves a visit's schedule if its version is still `expectedVersion`; returns the new version, or
 * null when someone changed it in between.
 */
export async function updateInspectionSchedule(
  db: Executor,
  inspectionId: string,
  expectedVersion: number,
  fields: ScheduleFields,
): Promise<number | null> {
  const dates = [...fields.visitDates].sort();
  const row = await db
    .updateTable('inspections')
    .set({
      status: fields.status,
      form: fields.form,
      place: fields.place,
      visit_dates: JSON.stringify(dates),
      start_date: dates[0] ?? null,
      end_date: dates[dates.length - 1] ?? null,
      late_notice_reason: fields.lateNoticeReason,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', inspectionId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Every dated visit of a province, for the checks that a team or a unit is not booked twice a day. */
export async function listDatedVisits(
  db: Executor,
  tenantId: string,
): Promise<
  {
    id: string;
    unitId: string;
    unitName: string;
    targetId: string;
    teamId: string | null;
    teamName: string | null;
    dates: string[];
  }[]
> {
  const rows = await db
    .selectFrom('inspections')
    .innerJoin('org_units as unit', 'unit.id', 'inspections.org_unit_id')
    .leftJoin('teams', 'teams.id', 'inspections.team_id')
    .where('inspections.tenant_id', '=', tenantId)
    .where('inspections.start_date', 'is not', null)
    .where('inspections.status', '<>', 'cancelled')
    .select([
      'inspections.id',
      'inspections.org_unit_id',
      'unit.name as unit_name',
      'inspections.target_id',
      'inspections.team_id',
      'teams.name as team_name',
      'inspections.visit_dates',
      'inspections.start_date',
    ])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.org_unit_id,
    unitName: r.unit_name,
    targetId: r.target_id,
    teamId: r.team_id,
    teamName: r.team_name,
    dates: r.visit_dates.length > 0 ? r.visit_dates : r.start_date ? [r.start_date] : [],
  }));
}

/**
 * The visits of every province with an on-site day between two dates, not cancelled, with their
 * plan's deadline rules: those whose deadlines an edit of one year's days off can move.
 */
export async function listVisitsDatedBetween(
  db: Executor,
  range: { from: string; to: string },
): Promise<(InspectionRecord & { rules: readonly DeadlineRule[]; reading: DeadlineReading })[]> {
  const rows = await baseQuery(db)
    .select(['plans.deadline_rules', 'plans.deadline_reading'])
    .where('inspections.status', '<>', 'cancelled')
    .where('inspections.end_date', '>=', range.from)
    .where('inspections.start_date', '<=', range.to)
    .execute();
  return rows.map((r) => ({
    ...toRecord(r),
    rules: r.deadline_rules ?? DEFAULT_DEADLINE_RULES_2024,
    reading: r.deadline_reading,
  }));
}
