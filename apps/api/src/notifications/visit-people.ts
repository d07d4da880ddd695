import { type Database, type InspectionRecord, listAccountsWithRole, listUnitPeople } from '@kiemtra/db';
import type { VisitPeople } from '@kiemtra/domain';
import type { Kysely } from 'kysely';

/**
 * The administrators of a plan: those of the department or district that owns it (V.3.c), else
 * Sở Nội vụ's.
 */
export async function planAdminsOf(
  db: Kysely<Database>,
  tenantId: string,
  ownerUnitId: string,
): Promise<string[]> {
  const own = await listAccountsWithRole(db, tenantId, 'unit_plan_admin', ownerUnitId);
  return own.length > 0 ? own : listAccountsWithRole(db, tenantId, 'plan_admin');
}

/** The people of each visit its notifications and reminders reach, read once for many visits. */
export async function visitPeopleOf(
  db: Kysely<Database>,
  inspections: readonly InspectionRecord[],
): Promise<Map<string, VisitPeople>> {
  const result = new Map<string, VisitPeople>();
  const first = inspections[0];
  if (first === undefined) return result;
  const units = await listUnitPeople(
    db,
    first.tenantId,
    inspections.map((i) => i.orgUnitId),
  );
  const admins = new Map<string, string[]>();
  for (const owner of new Set(inspections.map((i) => i.planOwnerUnitId)))
    admins.set(owner, await planAdminsOf(db, first.tenantId, owner));
  for (const i of inspections) {
    const unit = units.get(i.orgUnitId);
    result.set(i.id, {
      unitOfficers: unit?.officers ?? [],
      unitHeads: unit?.heads ?? [],
      teamLeaderId: i.teamLeaderUserId,
      teamMemberIds: i.teamUserIds.filter((id) => id !== i.teamLeaderUserId),
      planAdminIds: admins.get(i.planOwnerUnitId) ?? [],
    });
  }
  return result;
}

/** The people of one visit. */
export async function onePeople(db: Kysely<Database>, inspection: InspectionRecord): Promise<VisitPeople> {
  const people = (await visitPeopleOf(db, [inspection])).get(inspection.id);
  if (!people) throw new Error('no people for a visit just read');
  return people;
}
