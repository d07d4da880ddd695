import {
  DEFAULT_DEADLINE_RULES_2024,
  type DeadlineReading,
  type DeadlineRule,
  type InspectionForm,
  type InspectionKind,
  type InspectionStatus,
  type PlanStatus,
  type TargetGroup,
} from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../database.js';
import { planTargetsJson } from './plan-targets.query.js';

type Executor = Kysely<Database>;

/** A plan as the planning use cases read it: everything the domain's `Plan` needs, and its owner. */
export interface PlanForPlanning {
  id: string;
  tenantId: string;
  ownerOrgUnitId: string;
  ownerOrgUnitName: string;
  level: 'province' | 'lower';
  status: PlanStatus;
  year: number;
  title: string;
  issuingAuthority: string;
  legalBases: string[];
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSignerName: string | null;
  decisionSignerTitle: string | null;
  windowStart: string;
  windowEnd: string;
  purposes: string[];
  requirements: string[];
  forms: InspectionForm[];
  expectedTargetCount: number | null;
  subUnitMin: number;
  subUnitMax: number;
  deadlineRules: readonly DeadlineRule[];
  deadlineReading: DeadlineReading;
  reportTemplateId: string | null;
  version: number;
  contents: { kind: 'area' | 'topic'; code: string; title: string }[];
  memberAgencies: { orgUnitId: string; name: string; isPoliceUnit: boolean }[];
  targets: {
    id: string;
    orgUnitId: string;
    orgUnitName: string;
    kind: InspectionKind;
    group: TargetGroup;
    teamId: string | null;
    version: number;
    subUnits: { orgUnitId: string; orgUnitName: string }[];
  }[];
  teams: { id: string; name: string }[];
}

/** The plan with what planning rules need, in one round trip; null when it does not exist. */
export async function findPlanForPlanning(db: Executor, planId: string): Promise<PlanForPlanning | null> {
  const row = await db
    .selectFrom('plans')
    .innerJoin('org_units as owner', 'owner.id', 'plans.owner_org_unit_id')
    .where('plans.id', '=', planId)
    .where('plans.discarded_at', 'is', null)
    .select((eb) => [
      'plans.id',
      'plans.tenant_id',
      'plans.owner_org_unit_id',
      'owner.name as owner_name',
      'plans.level',
      'plans.status',
      'plans.year',
      'plans.title',
      'plans.issuing_authority',
      'plans.legal_bases',
      'plans.decision_number',
      'plans.decision_date',
      'plans.decision_signer_name',
      'plans.decision_signer_title',
      'plans.window_start',
      'plans.window_end',
      'plans.purposes',
      'plans.requirements',
      'plans.forms',
      'plans.expected_target_count',
      'plans.sub_unit_min',
      'plans.sub_unit_max',
      'plans.deadline_rules',
      'plans.deadline_reading',
      'plans.report_template_id',
      'plans.version',
      jsonArrayFrom(
        eb
          .selectFrom('plan_contents')
          .select(['plan_contents.kind', 'plan_contents.code', 'plan_contents.title'])
          .whereRef('plan_contents.plan_id', '=', 'plans.id')
          .orderBy('plan_contents.kind')
          .orderBy('plan_contents.position'),
      ).as('contents'),
      jsonArrayFrom(
        eb
          .selectFrom('plan_member_agencies as pma')
          .innerJoin('org_units as agency', 'agency.id', 'pma.org_unit_id')
          .select(['pma.org_unit_id', 'agency.name', 'pma.is_police_unit'])
          .whereRef('pma.plan_id', '=', 'plans.id')
          .orderBy('pma.sort_order'),
      ).as('member_agencies'),
      planTargetsJson(eb).as('targets'),
      jsonArrayFrom(
        eb
          .selectFrom('teams')
          .select(['teams.id', 'teams.name'])
          .whereRef('teams.plan_id', '=', 'plans.id')
          .orderBy('teams.name'),
      ).as('teams'),
    ])
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    ownerOrgUnitId: row.owner_org_unit_id,
    ownerOrgUnitName: row.owner_name,
    level: row.level,
    status: row.status,
    year: row.year,
    title: row.title,
    issuingAuthority: row.issuing_authority,
    legalBases: row.legal_bases,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    decisionSignerName: row.decision_signer_name,
    decisionSignerTitle: row.decision_signer_title,
    windowStart: row.window_start,
    windowEnd: row.window_end,
    purposes: row.purposes,
    requirements: row.requirements,
    forms: row.forms,
    expectedTargetCount: row.expected_target_count,
    subUnitMin: row.sub_unit_min,
    subUnitMax: row.sub_unit_max,
    deadlineRules: row.deadline_rules ?? DEFAULT_DEADLINE_RULES_2024,
    deadlineReading: row.deadline_reading,
    reportTemplateId: row.report_template_id,
    version: row.version,
    contents: row.contents,
    memberAgencies: row.member_agencies.map((a) => ({
      orgUnitId: a.org_unit_id,
      name: a.name,
      isPoliceUnit: a.is_police_unit,
    })),
    targets: row.targets.map((t) => ({
      id: t.id,
      orgUnitId: t.org_unit_id,
      orgUnitName: t.org_unit_name,
      kind: t.inspection_kind,
      group: t.target_group,
      teamId: t.team_id,
      version: t.version,
      subUnits: t.sub_units.map((s) => ({ orgUnitId: s.org_unit_id, orgUnitName: s.org_unit_name })),
    })),
    teams: row.teams,
  };
}

/** The editable fields of a plan, in the database's terms. */
export interface PlanFields {
  year: number;
  title: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSignerName: string | null;
  decisionSignerTitle: string | null;
  windowStart: string;
  windowEnd: string;
  purposes: readonly string[];
  requirements: readonly string[];
  forms: readonly InspectionForm[];
  expectedTargetCount: number | null;
  subUnitMin: number;
  subUnitMax: number;
  deadlineRules: readonly DeadlineRule[];
  deadlineReading: DeadlineReading;
  /** Left out: unchanged (an edit that does not show them keeps them). */
  legalBases?: readonly string[];
  issuingAuthority?: string;
  reportTemplateId?: string | null;
}

const optionalColumns = (f: PlanFields) => ({
  ...(f.legalBases === undefined ? {} : { legal_bases: JSON.stringify(f.legalBases) }),
  ...(f.issuingAuthority === undefined ? {} : { issuing_authority: f.issuingAuthority }),
  ...(f.reportTemplateId === undefined ? {} : { report_template_id: f.reportTemplateId }),
});

const fieldColumns = (f: PlanFields) => ({
  ...optionalColumns(f),
  year: f.year,
  title: f.title,
  decision_number: f.decisionNumber,
  decision_date: f.decisionDate,
  decision_signer_name: f.decisionSignerName,
  decision_signer_title: f.decisionSignerTitle,
  window_start: f.windowStart,
  window_end: f.windowEnd,
  purposes: JSON.stringify(f.purposes),
  requirements: JSON.stringify(f.requirements),
  forms: JSON.stringify(f.forms),
  expected_target_count: f.expectedTargetCount,
  sub_unit_min: f.subUnitMin,
  sub_unit_max: f.subUnitMax,
  deadline_rules: JSON.stringify(f.deadlineRules),
  deadline_reading: f.deadlineReading,
});

/** Inserts a draft plan; returns its id. */
export async function insertPlan(
  db: Executor,
  plan: PlanFields & {
    tenantId: string;
    ownerOrgUnitId: string;
    level: 'province' | 'lower';
    issuingAuthority: string;
    legalBases: readonly string[];
    reportTemplateId: string | null;
    copiedFromPlanId: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('plans')
    .values({
      ...fieldColumns(plan),
      tenant_id: plan.tenantId,
      owner_org_unit_id: plan.ownerOrgUnitId,
      level: plan.level,
      issuing_authority: plan.issuingAuthority,
      legal_bases: JSON.stringify(plan.legalBases),
      report_template_id: plan.reportTemplateId,
      copied_from_plan_id: plan.copiedFromPlanId,
      status: 'draft',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Saves the plan's fields if nobody changed it since `expectedVersion`; returns the new version,
 * or null when the stored version differs (the caller reports the conflict).
 */
export async function updatePlanFields(
  db: Executor,
  planId: string,
  expectedVersion: number,
  fields: PlanFields,
): Promise<number | null> {
  const row = await db
    .updateTable('plans')
    .set({ ...fieldColumns(fields), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', planId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Discards a draft if its version is still `expectedVersion`; false when it changed or is no draft. */
export async function discardDraftPlan(
  db: Executor,
  planId: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable('plans')
    .set({ discarded_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', planId)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'draft')
    .where('discarded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether a report outline is one of the province's templates (a plan may only name its own). */
export async function isTemplateOfTenant(
  db: Executor,
  tenantId: string,
  templateId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('report_templates')
    .select('id')
    .where('id', '=', templateId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The province's newest published outline, which a new plan answers unless another is chosen. */
export async function newestPublishedTemplateId(db: Executor, tenantId: string): Promise<string | null> {
  const row = await db
    .selectFrom('report_templates')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('published_at', 'is not', null)
    .orderBy('published_at', 'desc')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Marks a draft published if its version is still `expectedVersion`; the new version or null. */
export async function publishPlan(
  db: Executor,
  planId: string,
  expectedVersion: number,
): Promise<number | null> {
  const row = await db
    .updateTable('plans')
    .set({ status: 'published', version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', planId)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'draft')
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Bumps the plan's version: a change to its targets or teams is a change to the plan. */
export async function touchPlan(db: Executor, planId: string): Promise<void> {
  await db
    .updateTable('plans')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', planId)
    .execute();
}

/**
 * Makes the plan's areas and topics these titles, position by position: a row keeps its code when
 * its title is unchanged or edited in place, so that what refers to an area by code still does.
 */
export async function replacePlanContents(
  db: Executor,
  planId: string,
  contents: { areas: readonly string[]; topics: readonly string[] },
): Promise<void> {
  const existing = await db
    .selectFrom('plan_contents')
    .select(['id', 'kind', 'code', 'position', 'title'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  for (const kind of ['area', 'topic'] as const) {
    const titles = kind === 'area' ? contents.areas : contents.topics;
    const rows = existing.filter((r) => r.kind === kind);
    for (const [i, title] of titles.entries()) {
      const row = rows[i];
      if (row === undefined) {
        const taken = new Set(existing.map((r) => r.code));
        let n = i + 1;
        while (taken.has(`${kind}-${n}`)) n++;
        const code = `${kind}-${n}`;
        existing.push({ id: '', kind, code, position: i + 1, title });
        await db
          .insertInto('plan_contents')
          .values({ plan_id: planId, kind, code, position: i + 1, title })
          .execute();
      } else if (row.title !== title || row.position !== i + 1) {
        await db
          .updateTable('plan_contents')
          .set({ title, position: i + 1 })
          .where('id', '=', row.id)
          .execute();
      }
    }
    const extra = rows.slice(titles.length).map((r) => r.id);
    if (extra.length > 0) await db.deleteFrom('plan_contents').where('id', 'in', extra).execute();
  }
}

/** Makes the plan's member agencies exactly these, keeping unchanged rows. */
export async function replaceMemberAgencies(
  db: Executor,
  planId: string,
  agencies: readonly { orgUnitId: string; isPoliceUnit: boolean }[],
): Promise<void> {
  const existing = await db
    .selectFrom('plan_member_agencies')
    .select(['id', 'org_unit_id', 'is_police_unit', 'sort_order'])
    .where('plan_id', '=', planId)
    .execute();
  const wanted = new Map(agencies.map((a, i) => [a.orgUnitId, { ...a, sortOrder: i + 1 }]));
  const gone = existing.filter((e) => !wanted.has(e.org_unit_id)).map((e) => e.id);
  if (gone.length > 0) await db.deleteFrom('plan_member_agencies').where('id', 'in', gone).execute();
  for (const a of wanted.values()) {
    const row = existing.find((e) => e.org_unit_id === a.orgUnitId);
    if (row === undefined) {
      await db
        .insertInto('plan_member_agencies')
        .values({
          plan_id: planId,
          org_unit_id: a.orgUnitId,
          is_police_unit: a.isPoliceUnit,
          sort_order: a.sortOrder,
        })
        .execute();
    } else if (row.is_police_unit !== a.isPoliceUnit || row.sort_order !== a.sortOrder) {
      await db
        .updateTable('plan_member_agencies')
        .set({ is_police_unit: a.isPoliceUnit, sort_order: a.sortOrder })
        .where('id', '=', row.id)
        .execute();
    }
  }
}

/** The latest plan of a year before `year` in a province, owned by `ownerOrgUnitId`. */
export async function findPlanIdOfYear(
  db: Executor,
  query: { tenantId: string; ownerOrgUnitId: string; year: number },
): Promise<string | null> {
  const row = await db
    .selectFrom('plans')
    .select('id')
    .where('tenant_id', '=', query.tenantId)
    .where('owner_org_unit_id', '=', query.ownerOrgUnitId)
    .where('year', '=', query.year)
    .where('discarded_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The other plans of the province whose window overlaps [start, end], with every unit they target. */
export async function listOverlappingPlanTargets(
  db: Executor,
  query: { tenantId: string; exceptPlanId: string; start: string; end: string },
): Promise<{ planId: string; title: string; windowStart: string; windowEnd: string; unitIds: string[] }[]> {
  const rows = await db
    .selectFrom('plans')
    .where('plans.tenant_id', '=', query.tenantId)
    .where('plans.id', '<>', query.exceptPlanId)
    .where('plans.discarded_at', 'is', null)
    .where('plans.window_start', '<=', query.end)
    .where('plans.window_end', '>=', query.start)
    .select((eb) => [
      'plans.id',
      'plans.title',
      'plans.window_start',
      'plans.window_end',
      jsonArrayFrom(
        eb
          .selectFrom('inspections')
          .select('inspections.org_unit_id')
          .whereRef('inspections.plan_id', '=', 'plans.id')
          .where('inspections.status', '<>', 'cancelled'),
      ).as('units'),
    ])
    .orderBy('plans.window_start')
    .execute();
  return rows.map((r) => ({
    planId: r.id,
    title: r.title,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    unitIds: r.units.map((u) => u.org_unit_id),
  }));
}

export interface PlanRollupRow {
  id: string;
  year: number;
  title: string;
  status: PlanStatus;
  level: 'province' | 'lower';
  ownerOrgUnitId: string;
  ownerOrgUnitName: string;
  windowStart: string;
  windowEnd: string;
  targetCount: number;
  subUnitCount: number;
  expectedTargetCount: number | null;
  inspectionsByStatus: Partial<Record<InspectionStatus, number>>;
}

/** Every plan of the province with its counts: what Sở Nội vụ reads of the lower-level plans (V.3.c). */
export async function listPlanRollup(
  db: Executor,
  query: { tenantId: string; year?: number | null },
): Promise<PlanRollupRow[]> {
  let q = db
    .selectFrom('plans')
    .innerJoin('org_units as owner', 'owner.id', 'plans.owner_org_unit_id')
    .where('plans.tenant_id', '=', query.tenantId)
    .where('plans.discarded_at', 'is', null)
    .select((eb) => [
      'plans.id',
      'plans.year',
      'plans.title',
      'plans.status',
      'plans.level',
      'plans.owner_org_unit_id',
      'owner.name as owner_name',
      'plans.window_start',
      'plans.window_end',
      'plans.expected_target_count',
      eb
        .selectFrom('targets')
        .whereRef('targets.plan_id', '=', 'plans.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('target_count'),
      eb
        .selectFrom('target_sub_units')
        .innerJoin('targets', 'targets.id', 'target_sub_units.target_id')
        .whereRef('targets.plan_id', '=', 'plans.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('sub_unit_count'),
      jsonArrayFrom(
        eb
          .selectFrom('inspections')
          .whereRef('inspections.plan_id', '=', 'plans.id')
          .select(['inspections.status', sql<number>`count(*)::int`.as('n')])
          .groupBy('inspections.status'),
      ).as('by_status'),
    ]);
  if (query.year !== undefined && query.year !== null) q = q.where('plans.year', '=', query.year);
  const rows = await q.orderBy('plans.year', 'desc').orderBy('plans.level').orderBy('owner.name').execute();
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    title: r.title,
    status: r.status,
    level: r.level,
    ownerOrgUnitId: r.owner_org_unit_id,
    ownerOrgUnitName: r.owner_name,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    targetCount: Number(r.target_count ?? 0),
    subUnitCount: Number(r.sub_unit_count ?? 0),
    expectedTargetCount: r.expected_target_count,
    inspectionsByStatus: Object.fromEntries(r.by_status.map((s) => [s.status, Number(s.n)])),
  }));
}

/** The plan a draft was copied from, if any. */
export async function copiedFromPlanIdOf(db: Kysely<Database>, planId: string): Promise<string | null> {
  const row = await db
    .selectFrom('plans')
    .select('copied_from_plan_id')
    .where('id', '=', planId)
    .executeTakeFirst();
  return row?.copied_from_plan_id ?? null;
}
