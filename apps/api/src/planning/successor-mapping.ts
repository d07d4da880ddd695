import { type Database, loadRegister, loadSuccessions } from '@kiemtra/db';
import { type IsoDate, mapTargetsToSuccessors, nameAsAt, type PlanTarget } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { successionUnitsOf } from '../unit-register/successor-changes.js';

/** An earlier plan's targets as they stand on a new plan's date, read from the province's register and successions. */
export async function mapToSuccessors(
  db: Kysely<Database>,
  tenantId: string,
  targets: readonly PlanTarget[],
  asAt: IsoDate,
) {
  const [register, successions] = await Promise.all([
    loadRegister(db, tenantId),
    loadSuccessions(db, tenantId),
  ]);
  return mapTargetsToSuccessors(targets, asAt, {
    units: successionUnitsOf(register, asAt),
    successions,
    nameOf: (id, date) => {
      const row = register.rows.find((u) => u.id === id);
      return row ? nameAsAt(row, register.renames, date) : id;
    },
  });
}
