import type { InspectionKind, InspectionStatus, SignerOffice, TargetGroup } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface NewTarget {
  tenantId: string;
  planId: string;
  orgUnitId: string;
  kind: InspectionKind;
  group: TargetGroup;
  teamId: string | null;
  note: string | null;
  subUnitIds: readonly string[];
  adHocOrder?: { decisionNumber: string; decisionDate: string; orderedBy: SignerOffice } | null;
}

/**
 * Inserts a target, its communes, and one planned inspection per unit visited (the target's own
 * unit, then each commune). Returns the target's id and its inspections' ids.
 */
export async function insertTargetWithVisits(
  db: Executor,
  target: NewTarget,
): Promise<{ targetId: string; inspectionIds: string[] }> {
  const last = await db
    .selectFrom('targets')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('plan_id', '=', target.planId)
    .executeTakeFirst();
  const row = await db
    .insertInto('targets')
    .values({
      plan_id: target.planId,
      org_unit_id: target.orgUnitId,
      inspection_kind: target.kind,
      target_group: target.group,
      team_id: target.teamId,
      sort_order: Number(last?.max ?? 0) + 1,
      note: target.note,
      ad_hoc_decision_number: target.adHocOrder?.decisionNumber ?? null,
      ad_hoc_decision_date: target.adHocOrder?.decisionDate ?? null,
      ad_hoc_ordered_by: target.adHocOrder?.orderedBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (target.subUnitIds.length > 0) {
    await db
      .insertInto('target_sub_units')
      .values(target.subUnitIds.map((id, i) => ({ target_id: row.id, org_unit_id: id, sort_order: i + 1 })))
      .execute();
  }
  const visits = await db
    .insertInto('inspections')
    .values(
      [target.orgUnitId, ...target.subUnitIds].map((unitId) => ({
        tenant_id: target.tenantId,
        plan_id: target.planId,
        target_id: row.id,
        org_unit_id: unitId,
        team_id: target.teamId,
      })),
    )
    .returning('id')
    .execute();
  return { targetId: row.id, inspectionIds: visits.map((v) => v.id) };
}

export interface TargetRecord {
  id: string;
  planId: string;
  orgUnitId: string;
  orgUnitName: string;
  version: number;
  visits: { id: string; status: InspectionStatus }[];
}

export async function findTarget(db: Executor, targetId: string): Promise<TargetRecord | null> {
  const row = await db
    .selectFrom('targets')
    .innerJoin('org_units as unit', 'unit.id', 'targets.org_unit_id')
    .where('targets.id', '=', targetId)
    .select((eb) => [
      'targets.id',
      'targets.plan_id',
      'targets.org_unit_id',
      'unit.name',
      'targets.version',
      jsonArrayFrom(
        eb
          .selectFrom('inspections')
          .select(['inspections.id', 'inspections.status'])
          .whereRef('inspections.target_id', '=', 'targets.id'),
      ).as('visits'),
    ])
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        planId: row.plan_id,
        orgUnitId: row.org_unit_id,
        orgUnitName: row.name,
        version: row.version,
        visits: row.visits,
      }
    : null;
}

/** Deletes a target with its communes and visits if its version is still `expectedVersion`. */
export async function deleteTarget(
  db: Executor,
  targetId: string,
  expectedVersion: number,
): Promise<boolean> {
  const locked = await db
    .selectFrom('targets')
    .select('id')
    .where('id', '=', targetId)
    .where('version', '=', expectedVersion)
    .forUpdate()
    .executeTakeFirst();
  if (!locked) return false;
  await db.deleteFrom('inspections').where('target_id', '=', targetId).execute();
  await db.deleteFrom('target_sub_units').where('target_id', '=', targetId).execute();
  await db.deleteFrom('targets').where('id', '=', targetId).execute();
  return true;
}

/** Gives these targets of a plan, and their visits, to a team; returns how many targets changed. */
export async function assignTeamToTargets(
  db: Executor,
  query: { planId: string; teamId: string; targetIds: readonly string[] },
): Promise<number> {
  const rows = await db
    .updateTable('targets')
    .set((eb) => ({ team_id: query.teamId, version: eb('version', '+', 1) }))
    .where('plan_id', '=', query.planId)
    .where('id', 'in', [...query.targetIds])
    .returning('id')
    .execute();
  await db
    .updateTable('inspections')
    .set({ team_id: query.teamId })
    .where('plan_id', '=', query.planId)
    .where('target_id', 'in', [...query.targetIds])
    .execute();
  return rows.length;
}
