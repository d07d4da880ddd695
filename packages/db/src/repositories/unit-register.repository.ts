import type { LegalBasis, RegisterHistory } from '@kiemtra/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { OrgUnitChangeDetails, OrgUnitsTable } from '../tables/org-units.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface RegisterUnitRow {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitsTable['kind'];
  communeType: 'xa' | 'phuong' | 'thi_tran' | 'dac_khu' | null;
  adminCode: string | null;
  electronicId: string | null;
  validFrom: string;
  validTo: string | null;
  version: number;
}

const unitColumns = [
  'id',
  'code',
  'name',
  'short_name',
  'kind',
  'commune_type',
  'admin_code',
  'electronic_id',
  'valid_from',
  'valid_to',
  'version',
] as const;

const toUnit = (r: {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: OrgUnitsTable['kind'];
  commune_type: RegisterUnitRow['communeType'];
  admin_code: string | null;
  electronic_id: string | null;
  valid_from: string;
  valid_to: string | null;
  version: number;
}): RegisterUnitRow => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  communeType: r.commune_type,
  adminCode: r.admin_code,
  electronicId: r.electronic_id,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  version: r.version,
});

/** Every unit of the province with its codes, every parent link and every rename: what the register's rules read. */
export async function loadRegister(
  db: Executor,
  tenantId: string,
): Promise<RegisterHistory & { rows: RegisterUnitRow[] }> {
  const [units, links, renames] = await Promise.all([
    db.selectFrom('org_units').select(unitColumns).where('tenant_id', '=', tenantId).execute(),
    db
      .selectFrom('org_unit_parents')
      .select(['org_unit_id', 'parent_id', 'valid_from', 'valid_to'])
      .where('tenant_id', '=', tenantId)
      .execute(),
    db
      .selectFrom('org_unit_names')
      .select(['org_unit_id', 'name', 'valid_from'])
      .where('tenant_id', '=', tenantId)
      .execute(),
  ]);
  const rows = units.map(toUnit);
  return {
    rows,
    units: rows,
    links: links.map((l) => ({
      orgUnitId: l.org_unit_id,
      parentId: l.parent_id,
      validFrom: l.valid_from,
      validTo: l.valid_to,
    })),
    renames: renames.map((r) => ({ orgUnitId: r.org_unit_id, name: r.name, validFrom: r.valid_from })),
  };
}

export async function findRegisterUnit(
  db: Executor,
  tenantId: string,
  unitId: string,
): Promise<RegisterUnitRow | null> {
  const row = await db
    .selectFrom('org_units')
    .select(unitColumns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', unitId)
    .executeTakeFirst();
  return row ? toUnit(row) : null;
}

export async function findUnitByRequestId(
  db: Executor,
  tenantId: string,
  requestId: string,
): Promise<RegisterUnitRow | null> {
  const row = await db
    .selectFrom('org_units')
    .select(unitColumns)
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return row ? toUnit(row) : null;
}

/** The internal codes already used in the province, for a new unit to take a free one. */
export async function usedUnitCodes(db: Executor, tenantId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('org_units').select('code').where('tenant_id', '=', tenantId).execute();
  return new Set(rows.map((r) => r.code));
}

export interface NewRegisterUnit {
  tenantId: string;
  requestId: string | null;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitsTable['kind'];
  communeType: RegisterUnitRow['communeType'];
  adminCode: string | null;
  electronicId: string | null;
  parentId: string | null;
  validFrom: string;
}

/** Inserts a unit and its parent link from its first day. */
export async function insertRegisterUnit(trx: Transaction<Database>, unit: NewRegisterUnit): Promise<string> {
  const { id } = await trx
    .insertInto('org_units')
    .values({
      tenant_id: unit.tenantId,
      request_id: unit.requestId,
      code: unit.code,
      name: unit.name,
      short_name: unit.shortName,
      kind: unit.kind,
      commune_type: unit.communeType,
      admin_code: unit.adminCode,
      electronic_id: unit.electronicId,
      valid_from: unit.validFrom,
      valid_to: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (unit.parentId !== null) {
    await trx
      .insertInto('org_unit_parents')
      .values({
        tenant_id: unit.tenantId,
        org_unit_id: id,
        parent_id: unit.parentId,
        valid_from: unit.validFrom,
        valid_to: null,
      })
      .execute();
  }
  return id;
}

/** Bumps the unit's version if it is still `expected`; false when someone changed it first. */
export async function bumpUnitVersion(
  trx: Transaction<Database>,
  unitId: string,
  expected: number,
): Promise<boolean> {
  const result = await trx
    .updateTable('org_units')
    .set({ version: sql`version + 1` })
    .where('id', '=', unitId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRename(
  trx: Transaction<Database>,
  rename: { tenantId: string; unitId: string; name: string; shortName: string | null; validFrom: string },
): Promise<void> {
  await trx
    .insertInto('org_unit_names')
    .values({
      tenant_id: rename.tenantId,
      org_unit_id: rename.unitId,
      name: rename.name,
      short_name: rename.shortName,
      valid_from: rename.validFrom,
    })
    .execute();
}

/** Ends the unit's parent links that reach past `lastDay` on that day. */
export async function endParentLinks(
  trx: Transaction<Database>,
  unitId: string,
  lastDay: string,
): Promise<void> {
  await trx
    .updateTable('org_unit_parents')
    .set({ valid_to: lastDay })
    .where('org_unit_id', '=', unitId)
    .where('valid_from', '<=', lastDay)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', lastDay)]))
    .execute();
}

export async function insertParentLink(
  trx: Transaction<Database>,
  link: { tenantId: string; unitId: string; parentId: string; validFrom: string },
): Promise<void> {
  await trx
    .insertInto('org_unit_parents')
    .values({
      tenant_id: link.tenantId,
      org_unit_id: link.unitId,
      parent_id: link.parentId,
      valid_from: link.validFrom,
      valid_to: null,
    })
    .execute();
}

export async function endUnit(trx: Transaction<Database>, unitId: string, lastDay: string): Promise<void> {
  await trx.updateTable('org_units').set({ valid_to: lastDay }).where('id', '=', unitId).execute();
}

export async function setUnitCodes(
  trx: Transaction<Database>,
  unitId: string,
  codes: { adminCode: string | null; electronicId: string | null },
): Promise<void> {
  await trx
    .updateTable('org_units')
    .set({ admin_code: codes.adminCode, electronic_id: codes.electronicId })
    .where('id', '=', unitId)
    .execute();
}

export async function insertUnitChange(
  trx: Transaction<Database>,
  change: {
    tenantId: string;
    unitId: string;
    change: 'created' | 'renamed' | 'reparented' | 'closed';
    effectiveFrom: string;
    basis: LegalBasis;
    details: OrgUnitChangeDetails;
  },
): Promise<void> {
  await trx
    .insertInto('org_unit_changes')
    .values({
      tenant_id: change.tenantId,
      org_unit_id: change.unitId,
      change: change.change,
      effective_from: change.effectiveFrom,
      basis_kind: change.basis.kind,
      basis_number: change.basis.number,
      basis_date: change.basis.date,
      basis_issuer: change.basis.issuer,
      details: JSON.stringify(change.details),
    })
    .execute();
}

export interface UnitChangeRow {
  id: string;
  change: 'created' | 'renamed' | 'reparented' | 'closed';
  effectiveFrom: string;
  basis: LegalBasis;
  details: OrgUnitChangeDetails;
  recordedAt: Date;
}

/** A unit's recorded changes, oldest first. */
export async function listUnitChanges(db: Executor, unitId: string): Promise<UnitChangeRow[]> {
  const rows = await db
    .selectFrom('org_unit_changes')
    .select([
      'id',
      'change',
      'effective_from',
      'basis_kind',
      'basis_number',
      'basis_date',
      'basis_issuer',
      'details',
      'created_at',
    ])
    .where('org_unit_id', '=', unitId)
    .orderBy('effective_from')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    change: r.change,
    effectiveFrom: r.effective_from,
    basis: { kind: r.basis_kind, number: r.basis_number, date: r.basis_date, issuer: r.basis_issuer },
    details: r.details,
    recordedAt: r.created_at,
  }));
}

/** Inserts many units at once (an import); returns their ids in the order given. */
export async function insertRegisterUnits(
  trx: Transaction<Database>,
  units: readonly Omit<NewRegisterUnit, 'requestId' | 'parentId'>[],
): Promise<string[]> {
  if (units.length === 0) return [];
  const rows = await trx
    .insertInto('org_units')
    .values(
      units.map((u) => ({
        tenant_id: u.tenantId,
        code: u.code,
        name: u.name,
        short_name: u.shortName,
        kind: u.kind,
        commune_type: u.communeType,
        admin_code: u.adminCode,
        electronic_id: u.electronicId,
        valid_from: u.validFrom,
        valid_to: null,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  // Matched by code (unique per province) rather than trusting the order RETURNING gives.
  const idOfCode = new Map(rows.map((r) => [r.code, r.id]));
  return units.map((u) => idOfCode.get(u.code) ?? '');
}

export async function insertParentLinks(
  trx: Transaction<Database>,
  links: readonly { tenantId: string; unitId: string; parentId: string; validFrom: string }[],
): Promise<void> {
  if (links.length === 0) return;
  await trx
    .insertInto('org_unit_parents')
    .values(
      links.map((l) => ({
        tenant_id: l.tenantId,
        org_unit_id: l.unitId,
        parent_id: l.parentId,
        valid_from: l.validFrom,
        valid_to: null,
      })),
    )
    .execute();
}

export async function insertUnitChanges(
  trx: Transaction<Database>,
  changes: readonly Parameters<typeof insertUnitChange>[1][],
): Promise<void> {
  if (changes.length === 0) return;
  await trx
    .insertInto('org_unit_changes')
    .values(
      changes.map((c) => ({
        tenant_id: c.tenantId,
        org_unit_id: c.unitId,
        change: c.change,
        effective_from: c.effectiveFrom,
        basis_kind: c.basis.kind,
        basis_number: c.basis.number,
        basis_date: c.basis.date,
        basis_issuer: c.basis.issuer,
        details: JSON.stringify(c.details),
      })),
    )
    .execute();
}
