import { type Database, insertSuccessions, loadSuccessions, type RegisterUnitRow } from '@kiemtra/db';
import {
  checkSuccessors,
  checkSuccessorsOfCeased,
  dayAfter,
  type IsoDate,
  type LegalBasis,
  nameAsAt,
  type RegisterHistory,
  type SuccessionUnit,
} from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import { assertAccepted } from '../trpc/errors.js';

type Trx = Transaction<Database>;
type Register = RegisterHistory & { rows: RegisterUnitRow[] };

/** The province's units as the succession rules read them, each named as on `date`. */
export function successionUnitsOf(register: Register, date: IsoDate): SuccessionUnit[] {
  return register.rows.map((u) => ({
    id: u.id,
    name: nameAsAt(u, register.renames, date),
    validFrom: u.validFrom,
    validTo: u.validTo,
  }));
}

/**
 * Records the successors a unit names as it closes from `effectiveFrom`, in the closing's
 * transaction; only the province's own units can be named (the register holds no other).
 */
export async function recordSuccessorsOnClose(
  trx: Trx,
  tenantId: string,
  register: Register,
  unit: RegisterUnitRow,
  change: { successorIds: readonly string[]; effectiveFrom: IsoDate; basis: LegalBasis },
): Promise<void> {
  if (change.successorIds.length === 0) return;
  const units = successionUnitsOf(register, change.effectiveFrom);
  const self = units.find((u) => u.id === unit.id) ?? { ...unit };
  const successions = await loadSuccessions(trx, tenantId);
  assertAccepted(checkSuccessors(self, change.successorIds, change.effectiveFrom, units, successions));
  await insertSuccessions(trx, {
    tenantId,
    predecessorId: unit.id,
    successorIds: change.successorIds,
    effectiveFrom: change.effectiveFrom,
    basis: change.basis,
  });
}

/** Records the successors of a unit that ceased before successors were kept, from the day after its last day. */
export async function recordSuccessorsOfCeased(
  trx: Trx,
  tenantId: string,
  register: Register,
  unit: RegisterUnitRow,
  change: { successorIds: readonly string[]; basis: LegalBasis },
): Promise<void> {
  const date = unit.validTo ?? unit.validFrom;
  const units = successionUnitsOf(register, date);
  const self = units.find((u) => u.id === unit.id) ?? { ...unit };
  const successions = await loadSuccessions(trx, tenantId);
  assertAccepted(checkSuccessorsOfCeased(self, change.successorIds, units, successions));
  if (unit.validTo === null) return;
  await insertSuccessions(trx, {
    tenantId,
    predecessorId: unit.id,
    successorIds: change.successorIds,
    effectiveFrom: dayAfter(unit.validTo),
    basis: change.basis,
  });
}
