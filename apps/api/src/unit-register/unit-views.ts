import type { RegisterUnitRow, UnitChangeRow } from '@kiemtra/db';
import {
  COMMUNE_TYPE_VERSIONS,
  type IsoDate,
  isValidOn,
  LEGAL_BASIS_KIND_LABELS,
  lastDayBefore,
  nameAsAt,
  ORG_UNIT_KINDS,
  orgUnitKindLabel,
  parentOn,
  type RegisterHistory,
} from '@kiemtra/domain';

type Register = RegisterHistory & { rows: RegisterUnitRow[] };

/** One line of the register as at a date: what a person reads about the unit that day. */
export interface RegisterEntryDto {
  id: string;
  code: string;
  name: string;
  kind: RegisterUnitRow['kind'];
  kindLabel: string;
  communeTypeLabel: string | null;
  adminCode: string | null;
  electronicId: string | null;
  parentId: string | null;
  parentName: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  version: number;
}

function entryOf(register: Register, unit: RegisterUnitRow, asAt: IsoDate): RegisterEntryDto {
  const parentId = parentOn(register, unit.id, asAt);
  const parent = parentId ? register.rows.find((u) => u.id === parentId) : undefined;
  return {
    id: unit.id,
    code: unit.code,
    name: nameAsAt(unit, register.renames, asAt),
    kind: unit.kind,
    kindLabel: orgUnitKindLabel(unit.kind, asAt),
    communeTypeLabel: unit.communeType ? COMMUNE_TYPE_VERSIONS[unit.communeType].label : null,
    adminCode: unit.adminCode,
    electronicId: unit.electronicId,
    parentId: parent ? parent.id : null,
    parentName: parent ? nameAsAt(parent, register.renames, asAt) : null,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    version: unit.version,
  };
}

/** The units existing on `asAt`, by kind then name, each with its parent of that day. */
export function registerAsAt(register: Register, asAt: IsoDate): RegisterEntryDto[] {
  return register.rows
    .filter((u) => isValidOn(u, asAt))
    .map((u) => entryOf(register, u, asAt))
    .sort(
      (a, b) =>
        ORG_UNIT_KINDS.indexOf(a.kind) - ORG_UNIT_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi'),
    );
}

const CHANGE_LABELS: Record<UnitChangeRow['change'], string> = {
  created: 'Thành lập, ghi vào danh mục',
  renamed: 'Đổi tên',
  reparented: 'Chuyển đơn vị cấp trên',
  closed: 'Giải thể, chấm dứt hoạt động',
};

/** A unit's page as at a date: its entry, the units under it that day, its names and its changes. */
export function unitDetail(
  register: Register,
  unit: RegisterUnitRow,
  changes: readonly UnitChangeRow[],
  asAt: IsoDate,
) {
  const nameOf = (id: string | null | undefined, date: IsoDate) => {
    const u = id ? register.rows.find((r) => r.id === id) : undefined;
    return u ? nameAsAt(u, register.renames, date) : null;
  };
  const children = register.links
    .filter((l) => l.parentId === unit.id && isValidOn(l, asAt))
    .map((l) => register.rows.find((u) => u.id === l.orgUnitId))
    .filter((u): u is RegisterUnitRow => u !== undefined && isValidOn(u, asAt))
    .map((u) => ({
      id: u.id,
      name: nameAsAt(u, register.renames, asAt),
      kindLabel: orgUnitKindLabel(u.kind, asAt),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const names = [
    { name: unit.name, validFrom: unit.validFrom },
    ...register.renames
      .filter((r) => r.orgUnitId === unit.id)
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
      .map((r) => ({ name: r.name, validFrom: r.validFrom })),
  ];
  return {
    asAt,
    existsOnDate: isValidOn(unit, asAt),
    unit: entryOf(register, unit, asAt),
    children,
    names,
    changes: changes.map((c) => ({
      id: c.id,
      change: c.change,
      changeLabel: CHANGE_LABELS[c.change],
      effectiveFrom: c.effectiveFrom,
      basis: { ...c.basis, kindLabel: LEGAL_BASIS_KIND_LABELS[c.basis.kind] },
      fromName: c.details.fromName ?? null,
      toName: c.details.toName ?? null,
      fromParentName: nameOf(c.details.fromParentId, lastDayBefore(c.effectiveFrom)),
      toParentName: nameOf(c.details.toParentId, c.effectiveFrom),
    })),
  };
}
