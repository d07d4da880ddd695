import {
  DEFAULT_DEADLINE_RULES_2024,
  type DeadlineReading,
  type DeadlineRule,
  type InspectionForm,
  type InspectionKind,
  type PlanStatus,
  type TargetGroup,
  type TeamMemberRole,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../database.js';
import { planTargetsJson } from './plan-targets.query.js';

type Executor = Kysely<Database>;

export interface PlanSummary {
  id: string;
  tenantId: string;
  year: number;
  title: string;
  status: PlanStatus;
  decisionNumber: string | null;
  decisionDate: string | null;
  windowStart: string;
  windowEnd: string;
  ownerOrgUnitId: string;
  ownerOrgUnitName: string;
}

export interface PlanDetail extends PlanSummary {
  issuingAuthority: string;
  decisionSignerName: string | null;
  decisionSignerTitle: string | null;
  legalBases: string[];
  proposal: string | null;
  purposes: string[];
  requirements: string[];
  forms: InspectionForm[];
  expectedTargetCount: number | null;
  fundingNote: string | null;
  deadlineRules: readonly DeadlineRule[];
  deadlineReading: DeadlineReading;
  version: number;
  contents: { kind: 'area' | 'topic'; code: string; title: string; description: string | null }[];
  teams: PlanTeam[];
  targets: PlanTarget[];
}

export interface PlanTeam {
  id: string;
  name: string;
  leadAgencyName: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSignerName: string | null;
  decisionSignerTitle: string | null;
  members: {
    fullName: string;
    position: string | null;
    agencyName: string;
    role: TeamMemberRole;
    userId: string | null;
  }[];
}

export interface PlanTarget {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  inspectionKind: InspectionKind;
  group: TargetGroup;
  teamId: string | null;
  note: string | null;
  subUnits: { orgUnitId: string; orgUnitName: string }[];
}

// A discarded draft is kept for its history but read nowhere.
const summaryQuery = (db: Executor) =>
  db
    .selectFrom('plans')
    .innerJoin('org_units as owner', 'owner.id', 'plans.owner_org_unit_id')
    .where('plans.discarded_at', 'is', null)
    .select([
      'plans.id',
      'plans.tenant_id',
      'plans.year',
      'plans.title',
      'plans.status',
      'plans.decision_number',
      'plans.decision_date',
      'plans.window_start',
      'plans.window_end',
      'plans.owner_org_unit_id',
      'owner.name as owner_name',
    ]);

type SummaryRow = NonNullable<Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirst']>>>;

const toSummary = (r: SummaryRow): PlanSummary => ({
  id: r.id,
  tenantId: r.tenant_id,
  year: r.year,
  title: r.title,
  status: r.status,
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
  windowStart: r.window_start,
  windowEnd: r.window_end,
  ownerOrgUnitId: r.owner_org_unit_id,
  ownerOrgUnitName: r.owner_name,
});

export async function listPlans(db: Executor, tenantId: string): Promise<PlanSummary[]> {
  const rows = await summaryQuery(db)
    .where('plans.tenant_id', '=', tenantId)
    .orderBy('plans.year', 'desc')
    .orderBy('plans.title')
    .execute();
  return rows.map(toSummary);
}

/** The plan with its contents, teams and targets, in one round trip. */
export async function findPlanDetail(db: Executor, planId: string): Promise<PlanDetail | null> {
  const row = await summaryQuery(db)
    .where('plans.id', '=', planId)
    .select((eb) => [
      'plans.issuing_authority',
      'plans.decision_signer_name',
      'plans.decision_signer_title',
      'plans.legal_bases',
      'plans.proposal',
      'plans.purposes',
      'plans.requirements',
      'plans.forms',
      'plans.expected_target_count',
      'plans.funding_note',
      'plans.deadline_rules',
      'plans.deadline_reading',
      'plans.version',
      jsonArrayFrom(
        eb
          .selectFrom('plan_contents')
          .select([
            'plan_contents.kind',
            'plan_contents.code',
            'plan_contents.title',
            'plan_contents.description',
          ])
          .whereRef('plan_contents.plan_id', '=', 'plans.id')
          .orderBy('plan_contents.kind')
          .orderBy('plan_contents.position'),
      ).as('contents'),
      jsonArrayFrom(
        eb
          .selectFrom('teams')
          .innerJoin('org_units as lead', 'lead.id', 'teams.lead_agency_id')
          .whereRef('teams.plan_id', '=', 'plans.id')
          .select((t) => [
            'teams.id',
            'teams.name',
            'lead.name as lead_agency_name',
            'teams.decision_number',
            'teams.decision_date',
            'teams.decision_signer_name',
            'teams.decision_signer_title',
            jsonArrayFrom(
              t
                .selectFrom('team_members')
                .innerJoin('org_units as agency', 'agency.id', 'team_members.agency_id')
                .whereRef('team_members.team_id', '=', 'teams.id')
                .select(['full_name', 'position', 'agency.name as agency_name', 'role', 'user_id'])
                .orderBy('sort_order'),
            ).as('members'),
          ])
          .orderBy('teams.name'),
      ).as('teams'),
      planTargetsJson(eb).as('targets'),
    ])
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...toSummary(row),
    issuingAuthority: row.issuing_authority,
    decisionSignerName: row.decision_signer_name,
    decisionSignerTitle: row.decision_signer_title,
    legalBases: row.legal_bases,
    proposal: row.proposal,
    purposes: row.purposes,
    requirements: row.requirements,
    forms: row.forms,
    expectedTargetCount: row.expected_target_count,
    fundingNote: row.funding_note,
    deadlineRules: row.deadline_rules ?? DEFAULT_DEADLINE_RULES_2024,
    deadlineReading: row.deadline_reading,
    version: row.version,
    contents: row.contents,
    teams: row.teams.map((t) => ({
      id: t.id,
      name: t.name,
      leadAgencyName: t.lead_agency_name,
      decisionNumber: t.decision_number,
      decisionDate: t.decision_date,
      decisionSignerName: t.decision_signer_name,
      decisionSignerTitle: t.decision_signer_title,
      members: t.members.map((m) => ({
        fullName: m.full_name,
        position: m.position,
        agencyName: m.agency_name,
        role: m.role,
        userId: m.user_id,
      })),
    })),
    targets: row.targets.map((t) => ({
      id: t.id,
      orgUnitId: t.org_unit_id,
      orgUnitName: t.org_unit_name,
      inspectionKind: t.inspection_kind,
      group: t.target_group,
      teamId: t.team_id,
      note: t.note,
      subUnits: t.sub_units.map((s) => ({ orgUnitId: s.org_unit_id, orgUnitName: s.org_unit_name })),
    })),
  };
}

/** The deadline rules and reading a plan counts with; the domain's 2024 rules when it sets none. */
export async function findPlanDeadlineSettings(
  db: Executor,
  planId: string,
): Promise<{ rules: readonly DeadlineRule[]; reading: DeadlineReading } | null> {
  const row = await db
    .selectFrom('plans')
    .select(['deadline_rules', 'deadline_reading'])
    .where('id', '=', planId)
    .executeTakeFirst();
  return row
    ? { rules: row.deadline_rules ?? DEFAULT_DEADLINE_RULES_2024, reading: row.deadline_reading }
    : null;
}
