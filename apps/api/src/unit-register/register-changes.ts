import {
  bumpUnitVersion,
  type Database,
  endParentLinks,
  endUnit,
  findRegisterUnit,
  findUnitByRequestId,
  insertParentLink,
  insertRegisterUnit,
  insertRename,
  insertUnitChange,
  loadRegister,
  type RegisterUnitRow,
  setUnitCodes,
  usedUnitCodes,
} from '@kiemtra/db';
import {
  checkClose,
  checkNewUnit,
  checkRename,
  checkReparent,
  checkUnitCodes,
  DomainError,
  type LegalBasis,
  lastDayBefore,
  type NewUnitFacts,
  nameAsAt,
  parentOn,
  unitCodeFor,
} from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import { assertAccepted, conflict } from '../trpc/errors.js';
import { recordSuccessorsOfCeased, recordSuccessorsOnClose } from './successor-changes.js';

type Trx = Transaction<Database>;

export interface NewUnit extends NewUnitFacts {
  requestId: string | null;
  shortName: string | null;
  basis: LegalBasis;
}

/**
 * Creates a unit with its parent link and its "created" change, in the caller's transaction. A
 * retried create (same request id) returns the unit the first one made.
 */
export async function createUnit(trx: Trx, tenantId: string, unit: NewUnit): Promise<string> {
  if (unit.requestId !== null) {
    const existing = await findUnitByRequestId(trx, tenantId, unit.requestId);
    if (existing) return existing.id;
  }
  const register = await loadRegister(trx, tenantId);
  assertAccepted(checkNewUnit(register, unit));
  const id = await insertRegisterUnit(trx, {
    tenantId,
    requestId: unit.requestId,
    code: unitCodeFor(unit.name, await usedUnitCodes(trx, tenantId)),
    name: unit.name,
    shortName: unit.shortName,
    kind: unit.kind,
    communeType: unit.communeType,
    adminCode: unit.adminCode,
    electronicId: unit.electronicId,
    parentId: unit.parentId,
    validFrom: unit.effectiveFrom,
  });
  await insertUnitChange(trx, {
    tenantId,
    unitId: id,
    change: 'created',
    effectiveFrom: unit.effectiveFrom,
    basis: unit.basis,
    details: { toName: unit.name, ...(unit.parentId ? { toParentId: unit.parentId } : {}) },
  });
  return id;
}

/** The unit to change, at the version the person saw; a stale version is a 409. */
export async function unitToChange(trx: Trx, tenantId: string, unitId: string, expectedVersion: number) {
  const unit = await findRegisterUnit(trx, tenantId, unitId);
  if (!unit) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị trong danh mục.');
  if (unit.version !== expectedVersion || !(await bumpUnitVersion(trx, unit.id, expectedVersion))) {
    throw conflict('Đơn vị');
  }
  return { unit, register: await loadRegister(trx, tenantId) };
}

interface ChangeBase {
  unitId: string;
  expectedVersion: number;
  effectiveFrom: string;
  basis: LegalBasis;
}

export async function renameUnit(
  trx: Trx,
  tenantId: string,
  change: ChangeBase & { name: string; shortName: string | null },
): Promise<RegisterUnitRow> {
  const { unit, register } = await unitToChange(trx, tenantId, change.unitId, change.expectedVersion);
  assertAccepted(checkRename(register, unit, change.name, change.effectiveFrom));
  const fromName = nameAsAt(unit, register.renames, change.effectiveFrom);
  await insertRename(trx, {
    tenantId,
    unitId: unit.id,
    name: change.name,
    shortName: change.shortName,
    validFrom: change.effectiveFrom,
  });
  await insertUnitChange(trx, {
    tenantId,
    unitId: unit.id,
    change: 'renamed',
    effectiveFrom: change.effectiveFrom,
    basis: change.basis,
    details: { fromName, toName: change.name },
  });
  return unit;
}

export async function reparentUnit(
  trx: Trx,
  tenantId: string,
  change: ChangeBase & { parentId: string },
): Promise<RegisterUnitRow> {
  const { unit, register } = await unitToChange(trx, tenantId, change.unitId, change.expectedVersion);
  assertAccepted(checkReparent(register, unit, change.parentId, change.effectiveFrom));
  // The parent it had the day before: a commune orphaned by its district's end still moves "from" it.
  const fromParentId = parentOn(register, unit.id, lastDayBefore(change.effectiveFrom));
  await endParentLinks(trx, unit.id, lastDayBefore(change.effectiveFrom));
  await insertParentLink(trx, {
    tenantId,
    unitId: unit.id,
    parentId: change.parentId,
    validFrom: change.effectiveFrom,
  });
  await insertUnitChange(trx, {
    tenantId,
    unitId: unit.id,
    change: 'reparented',
    effectiveFrom: change.effectiveFrom,
    basis: change.basis,
    details: { fromParentId, toParentId: change.parentId },
  });
  return unit;
}

/** Closes a unit from `effectiveFrom`: its last day, and its parent link's, is the day before. */
export async function closeUnit(
  trx: Trx,
  tenantId: string,
  change: ChangeBase & { successorIds: readonly string[] },
): Promise<RegisterUnitRow> {
  const { unit, register } = await unitToChange(trx, tenantId, change.unitId, change.expectedVersion);
  assertAccepted(checkClose(register, unit, change.effectiveFrom));
  await recordSuccessorsOnClose(trx, tenantId, register, unit, change);
  const lastDay = lastDayBefore(change.effectiveFrom);
  await endUnit(trx, unit.id, lastDay);
  await endParentLinks(trx, unit.id, lastDay);
  await insertUnitChange(trx, {
    tenantId,
    unitId: unit.id,
    change: 'closed',
    effectiveFrom: change.effectiveFrom,
    basis: change.basis,
    details: {},
  });
  return unit;
}

export async function correctUnitCodes(
  trx: Trx,
  tenantId: string,
  change: { unitId: string; expectedVersion: number; adminCode: string | null; electronicId: string | null },
): Promise<RegisterUnitRow> {
  const { unit, register } = await unitToChange(trx, tenantId, change.unitId, change.expectedVersion);
  assertAccepted(checkUnitCodes(register, unit, change));
  await setUnitCodes(trx, unit.id, change);
  return unit;
}

/** Names the successors of a unit that already ceased; its version guards against two people doing it at once. */
export async function nameSuccessors(
  trx: Trx,
  tenantId: string,
  change: { unitId: string; expectedVersion: number; successorIds: readonly string[]; basis: LegalBasis },
): Promise<RegisterUnitRow> {
  const { unit, register } = await unitToChange(trx, tenantId, change.unitId, change.expectedVersion);
  await recordSuccessorsOfCeased(trx, tenantId, register, unit, change);
  return unit;
}
