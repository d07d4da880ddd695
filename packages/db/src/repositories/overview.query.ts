import type { FindingArea, FindingKind, NamedResponsibility } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

/** Findings counted per unit, year, area and kind, with the visits behind each count. */
export interface FindingTally {
  planId: string;
  unitId: string;
  unitName: string;
  year: number;
  area: FindingArea;
  kind: FindingKind;
  count: number;
  inspectionIds: string[];
}

/**
 * The findings of a province's issued plans, counted in SQL (one row per plan, unit, year, area
 * and kind): of one plan, of one year, or of every year (for shortcomings repeated across years).
 */
export async function listFindingTallies(
  db: Executor,
  query: { tenantId: string; planId?: string; year?: number },
): Promise<FindingTally[]> {
  // From the province's plans (plans_tenant_year_idx) to their visits and findings by index: the
  // cost follows this province's history, not every province's.
  let q = db
    .selectFrom('plans as p')
    .innerJoin('inspections as i', 'i.plan_id', 'p.id')
    .innerJoin('findings as f', 'f.inspection_id', 'i.id')
    .innerJoin('org_units as u', 'u.id', 'i.org_unit_id')
    .where('p.tenant_id', '=', query.tenantId)
    .where('p.discarded_at', 'is', null)
    .where('i.status', '<>', 'cancelled');
  if (query.planId) q = q.where('p.id', '=', query.planId);
  if (query.year !== undefined) q = q.where('p.year', '=', query.year);
  const rows = await q
    .groupBy(['p.id', 'i.org_unit_id', 'u.name', 'p.year', 'f.area', 'f.kind'])
    .select([
      'p.id as plan_id',
      'i.org_unit_id',
      'u.name',
      'p.year',
      'f.area',
      'f.kind',
      sql<string>`count(*)`.as('n'),
      sql<string[]>`array_agg(DISTINCT i.id::text)`.as('ids'),
    ])
    .execute();
  return rows.map((r) => ({
    planId: r.plan_id,
    unitId: r.org_unit_id,
    unitName: r.name,
    year: r.year,
    area: r.area,
    kind: r.kind,
    count: Number(r.n),
    inspectionIds: r.ids,
  }));
}

/** A published plan of the province as the leadership view lists it. */
export interface OverviewPlan {
  id: string;
  year: number;
  title: string;
  level: 'province' | 'lower';
  ownerUnitName: string;
  expectedTargetCount: number | null;
}

/** A province's published plans (not discarded), newest year first, for the filters and the roll-up. */
export async function listOverviewPlans(db: Executor, tenantId: string): Promise<OverviewPlan[]> {
  const rows = await db
    .selectFrom('plans')
    .innerJoin('org_units as owner', 'owner.id', 'plans.owner_org_unit_id')
    .where('plans.tenant_id', '=', tenantId)
    .where('plans.discarded_at', 'is', null)
    .where('plans.status', '=', 'published')
    .select([
      'plans.id',
      'plans.year',
      'plans.title',
      'plans.level',
      'owner.name as owner_name',
      'plans.expected_target_count',
    ])
    .orderBy('plans.year', 'desc')
    .orderBy('plans.title')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    title: r.title,
    level: r.level,
    ownerUnitName: r.owner_name,
    expectedTargetCount: r.expected_target_count,
  }));
}

/** The targets of some plans, each with the number of communes inspected with it, in one statement. */
export async function listTargetSizes(
  db: Executor,
  planIds: readonly string[],
): Promise<{ planId: string; subUnitCount: number }[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('targets as t')
    .leftJoin('target_sub_units as s', 's.target_id', 't.id')
    .where('t.plan_id', 'in', [...planIds])
    .groupBy(['t.plan_id', 't.id'])
    .select(['t.plan_id', sql<string>`count(s.id)`.as('n')])
    .execute();
  return rows.map((r) => ({ planId: r.plan_id, subUnitCount: Number(r.n) }));
}

/**
 * Every responsibility named in the findings of a plan or a year, one row per holder and finding
 * (the findings' JSON unnested in SQL), with the visit and its unit.
 */
export async function listNamedResponsibilities(
  db: Executor,
  query: { tenantId: string; planId?: string; year?: number },
): Promise<NamedResponsibility[]> {
  let q = db
    .selectFrom('plans as p')
    .innerJoin('inspections as i', 'i.plan_id', 'p.id')
    .innerJoin('findings as f', 'f.inspection_id', 'i.id')
    .innerJoin('org_units as u', 'u.id', 'i.org_unit_id')
    .innerJoin(sql<{ value: unknown }>`jsonb_array_elements(f.responsibilities::jsonb)`.as('r'), (join) =>
      join.onTrue(),
    )
    .where('p.tenant_id', '=', query.tenantId)
    .where('p.discarded_at', 'is', null)
    .where('i.status', '<>', 'cancelled')
    .where('f.kind', '<>', 'achievement');
  if (query.planId) q = q.where('p.id', '=', query.planId);
  if (query.year !== undefined) q = q.where('p.year', '=', query.year);
  const rows = await q
    .select([
      'f.area',
      'f.kind',
      sql<string>`r.value->>'holderKind'`.as('holder_kind'),
      sql<string>`r.value->>'holder'`.as('holder'),
      'u.name as unit_name',
      'i.id as inspection_id',
    ])
    .execute();
  return rows.map((r) => ({
    area: r.area,
    kind: r.kind,
    holderKind: r.holder_kind === 'individual' ? 'individual' : 'collective',
    holder: r.holder,
    unitName: r.unit_name,
    inspectionId: r.inspection_id,
  }));
}
