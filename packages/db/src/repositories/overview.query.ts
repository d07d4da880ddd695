import type { FindingArea, FindingKind } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

/** Findings counted per unit, year, area and kind, with the visits behind each count. */
export interface FindingTally {
  unitId: string;
  unitName: string;
  year: number;
  area: FindingArea;
  kind: FindingKind;
  count: number;
  inspectionIds: string[];
}

/**
 * The findings of a province's issued plans, counted in SQL (one row per unit, year, area and
 * kind): of one plan, of one year, or of every year (for shortcomings repeated across years).
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
    .groupBy(['i.org_unit_id', 'u.name', 'p.year', 'f.area', 'f.kind'])
    .select([
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
    unitId: r.org_unit_id,
    unitName: r.name,
    year: r.year,
    area: r.area,
    kind: r.kind,
    count: Number(r.n),
    inspectionIds: r.ids,
  }));
}

/** A province's plans (not discarded), newest year first, for the leadership view's filters. */
export async function listPlanTitles(
  db: Executor,
  tenantId: string,
): Promise<{ id: string; year: number; title: string }[]> {
  return db
    .selectFrom('plans')
    .where('tenant_id', '=', tenantId)
    .where('discarded_at', 'is', null)
    .where('status', '=', 'published')
    .select(['id', 'year', 'title'])
    .orderBy('year', 'desc')
    .orderBy('title')
    .execute();
}
