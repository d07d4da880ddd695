import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { SeedData } from './binh-dinh-2024/seed-types.js';
import { CodeMap } from './code-map.js';

/** The targets in the seed's order, their communes, and one inspection per visit. */
export async function insertTargets(
  trx: Transaction<Database>,
  data: SeedData,
  planId: string,
  units: CodeMap,
  teams: CodeMap,
): Promise<void> {
  if (data.targets.length === 0) return;
  const rows = await trx
    .insertInto('targets')
    .values(
      data.targets.map((t, i) => ({
        plan_id: planId,
        org_unit_id: units.id(t.unitCode),
        inspection_kind: t.inspectionKind,
        target_group: t.group,
        team_id: teams.id(t.teamCode),
        sort_order: i + 1,
        note: t.note,
      })),
    )
    .returning(['id', 'org_unit_id'])
    .execute();
  const targetIdByUnitId = new Map(rows.map((r) => [r.org_unit_id, r.id]));
  const targets = new CodeMap(
    'đối tượng kiểm tra',
    data.targets.flatMap((t) => {
      const id = targetIdByUnitId.get(units.id(t.unitCode));
      return id === undefined ? [] : [{ code: t.unitCode, id }];
    }),
  );
  const teamOfTarget = new Map(data.targets.map((t) => [t.unitCode, teams.id(t.teamCode)]));

  const subUnits = data.targets.flatMap((t) =>
    t.subUnitCodes.map((code, i) => ({
      target_id: targets.id(t.unitCode),
      org_unit_id: units.id(code),
      sort_order: i + 1,
    })),
  );
  if (subUnits.length > 0) await trx.insertInto('target_sub_units').values(subUnits).execute();

  if (data.inspections.length === 0) return;
  await trx
    .insertInto('inspections')
    .values(
      data.inspections.map((v) => ({
        tenant_id: data.tenant.id,
        plan_id: planId,
        target_id: targets.id(v.targetUnitCode),
        org_unit_id: units.id(v.unitCode),
        team_id: teamOfTarget.get(v.targetUnitCode) ?? null,
        form: v.form,
        status: v.status,
        start_date: v.startDate,
        end_date: v.endDate,
        visit_dates: JSON.stringify([v.startDate]),
        place: v.place,
      })),
    )
    .execute();
}
