import { parseDateInput } from '../calendar/date-input.js';
import { formatVietnamese, parseIsoDate, toIsoDate } from '../calendar/local-date.js';
import { type PlanningIssue, planningIssue } from '../planning/planning-issue.js';
import { nameKey } from '../planning/unit-lookup.js';
import { normalizeOfficialCode } from './official-codes.js';
import {
  type IsoDate,
  isValidOn,
  nameAsAt,
  type OrgUnitKind,
  type ParentLink,
  type UnitRename,
} from './org-unit.js';
import { REGISTER_IMPORT_COLUMNS, type RegisterImportColumn } from './register-import-columns.js';
import { type CommuneType, communeTypeFromName, communeTypeFromText } from './unit-kinds.js';
import { checkNewUnit, type RegisterHistory, type RegisterUnit } from './unit-register.js';
import { type LegalBasis, legalBasisSchema } from './unit-register.schemas.js';

export type RegisterImportIssueCode =
  | 'name_missing'
  | 'kind_missing'
  | 'kind_unknown'
  | 'date_missing'
  | 'date_invalid'
  | 'basis_invalid'
  | 'parent_not_found'
  | 'parent_ambiguous'
  | 'parent_row_invalid'
  | 'unit_already_registered'
  | 'duplicate_in_file'
  | 'rule';
export type RegisterImportIssue = PlanningIssue<RegisterImportIssueCode | string>;

/** One spreadsheet row as the reader gives it: every cell as text (dates as yyyy-mm-dd when Excel typed them). */
export type RegisterImportRow = { rowNumber: number } & Partial<Record<RegisterImportColumn, string | null>>;

/** Where a new unit's parent is: a unit of the register, or a unit of an earlier row of the same file. */
export type ParentRef = { kind: 'unit'; unitId: string } | { kind: 'row'; rowNumber: number } | null;

export interface ImportedUnit {
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  communeType: CommuneType | null;
  adminCode: string | null;
  electronicId: string | null;
  parent: ParentRef;
  parentName: string | null;
  effectiveFrom: IsoDate;
  basis: LegalBasis;
}

export type RegisterRowVerdict =
  | { rowNumber: number; ok: true; unit: ImportedUnit; errors: [] }
  | { rowNumber: number; ok: false; unit: null; errors: RegisterImportIssue[] };

export interface RegisterImportResult {
  rows: RegisterRowVerdict[];
  errorCount: number;
}

/** The words a spreadsheet uses for each kind; commune words also give the commune type. */
const KIND_WORDS: readonly (readonly [string, OrgUnitKind, CommuneType | null])[] = [
  ['tỉnh', 'province', null],
  ['tỉnh, thành phố trực thuộc trung ương', 'province', null],
  ['thành phố trực thuộc trung ương', 'province', null],
  ['sở', 'department', null],
  ['sở, ban, ngành', 'department', null],
  ['sở, ban, ngành thuộc tỉnh', 'department', null],
  ['cơ quan trung ương', 'central_agency', null],
  ['cơ quan trung ương đóng trên địa bàn tỉnh', 'central_agency', null],
  ['huyện', 'district', null],
  ['huyện, thị xã, thành phố', 'district', null],
  ['xã', 'commune', 'xa'],
  ['phường', 'commune', 'phuong'],
  ['thị trấn', 'commune', 'thi_tran'],
  ['đặc khu', 'commune', 'dac_khu'],
  ['xã, phường, thị trấn', 'commune', null],
  ['xã, phường, đặc khu', 'commune', null],
  ['đơn vị khác', 'other', null],
  ['khác', 'other', null],
];
const KIND_BY_WORD = new Map(
  KIND_WORDS.map(([w, k, t]) => [nameKey(w), { kind: k, communeType: t }] as const),
);
export const REGISTER_IMPORT_KIND_WORDS = [
  'Tỉnh',
  'Sở',
  'Cơ quan Trung ương',
  'Huyện',
  'Xã',
  'Phường',
  'Đặc khu',
  'Thị trấn',
  'Khác',
];

/**
 * A date of a spreadsheet cell: as a person types it (dd/mm/yyyy, the domain's one rule for typed
 * dates) or as Excel stores it (yyyy-mm-dd).
 * @example readImportDate('01/07/2025') // '2025-07-01'
 */
export function readImportDate(text: string): IsoDate | null {
  const parsed = parseDateInput(text);
  return parsed === undefined ? null : toIsoDate(parsed);
}

const basisKindOf = (number: string): LegalBasis['kind'] =>
  /\/NQ-/iu.test(number)
    ? 'resolution'
    : /\/QĐ-/iu.test(number)
      ? 'decision'
      : /\/NĐ-/iu.test(number)
        ? 'decree'
        : 'other';

interface FileUnit {
  rowNumber: number;
  ok: boolean;
  name: string;
  codes: string[];
}

/**
 * Checks every row of an imported register against the register and the rows above it: kind,
 * dates, legal basis, codes (shape, nobody's else, once in the file), parent (a unit existing on
 * the row's date, or a row above), the rules of {@link checkNewUnit}. Nothing is saved; a row's
 * parent may be a row above it in the same file.
 */
export function validateRegisterRows(
  rows: readonly RegisterImportRow[],
  register: RegisterHistory,
): RegisterImportResult {
  // The register as it grows row by row: a row's unit becomes a parent for the rows below it.
  const units: RegisterUnit[] = [...register.units];
  const links = [...register.links];
  /** The rows above, by name and by code, as parents of the rows below. */
  const fileByKey = new Map<string, FileUnit[]>();
  const addFileUnit = (f: FileUnit) => {
    for (const key of [nameKey(f.name), ...f.codes.map((c) => `#${c}`)])
      fileByKey.set(key, [...(fileByKey.get(key) ?? []), f]);
  };
  const seenCodes = new Map<string, number>();
  // Indexes, so that a file of thousands of rows is checked in one pass.
  const renamesOf = new Map<string, UnitRename[]>();
  for (const r of register.renames) renamesOf.set(r.orgUnitId, [...(renamesOf.get(r.orgUnitId) ?? []), r]);
  const nameAt = (u: RegisterUnit, date: IsoDate) => nameAsAt(u, renamesOf.get(u.id) ?? [], date);
  const unitById = new Map(units.map((u) => [u.id, u]));
  // nameKey is costly (locale-aware lower case): computed once per unit that was never renamed.
  const keyCache = new Map<string, string>();
  const keyAt = (u: RegisterUnit, date: IsoDate) => {
    if (renamesOf.has(u.id)) return nameKey(nameAt(u, date));
    let key = keyCache.get(u.id);
    if (key === undefined) {
      key = nameKey(u.name);
      keyCache.set(u.id, key);
    }
    return key;
  };
  const registerByKey = new Map<string, RegisterUnit[]>();
  const addKey = (key: string, u: RegisterUnit) => {
    const list = registerByKey.get(key) ?? [];
    if (!list.includes(u)) registerByKey.set(key, [...list, u]);
  };
  for (const u of register.units) {
    addKey(nameKey(u.name), u);
    for (const r of renamesOf.get(u.id) ?? []) addKey(nameKey(r.name), u);
    if (u.adminCode) addKey(`#${u.adminCode}`, u);
    if (u.electronicId) addKey(`#${u.electronicId}`, u);
  }
  const childrenOf = new Map<string, ParentLink[]>();
  const indexLink = (l: ParentLink) => {
    const list = childrenOf.get(l.parentId);
    if (list) list.push(l);
    else childrenOf.set(l.parentId, [l]);
  };
  for (const l of register.links) indexLink(l);
  // The rows' own units by parent and name, for the duplicate check.
  const fileSiblings = new Map<string, number>();
  const addLink = (l: ParentLink, key: string, rowNumber: number) => {
    links.push(l);
    indexLink(l);
    if (!fileSiblings.has(`${l.parentId}|${key}`)) fileSiblings.set(`${l.parentId}|${key}`, rowNumber);
  };

  const verdicts = rows.map((row): RegisterRowVerdict => {
    const errors: RegisterImportIssue[] = [];
    const cell = (c: RegisterImportColumn) => (row[c] ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
    const fail = (code: string, column: RegisterImportColumn, text: string) =>
      errors.push(
        planningIssue(code, `Dòng ${row.rowNumber}, cột ${REGISTER_IMPORT_COLUMNS[column]}: ${text}`, {
          field: column,
        }),
      );

    const name = cell('name');
    if (name === '') fail('name_missing', 'name', 'hãy ghi tên đơn vị.');

    const kindText = cell('kind');
    const kindWord = KIND_BY_WORD.get(nameKey(kindText));
    if (kindText === '')
      fail('kind_missing', 'kind', `hãy ghi loại đơn vị: ${REGISTER_IMPORT_KIND_WORDS.join(', ')}.`);
    else if (!kindWord)
      fail(
        'kind_unknown',
        'kind',
        `'${kindText}' không phải loại đơn vị; hãy ghi một trong: ${REGISTER_IMPORT_KIND_WORDS.join(', ')}.`,
      );
    const kind = kindWord?.kind;
    const communeType =
      kind === 'commune'
        ? (kindWord?.communeType ?? communeTypeFromName(name) ?? communeTypeFromText(kindText))
        : null;

    const date = (column: RegisterImportColumn, what: string): IsoDate | null => {
      const text = cell(column);
      if (text === '') {
        fail('date_missing', column, `hãy ghi ${what} (dd/mm/yyyy).`);
        return null;
      }
      const parsed = readImportDate(text);
      if (parsed === null)
        fail(
          'date_invalid',
          column,
          `'${text}' không phải một ngày có thật; hãy ghi dạng dd/mm/yyyy, ví dụ 01/07/2025.`,
        );
      return parsed;
    };
    const effectiveFrom = date('effectiveFrom', 'ngày hiệu lực');
    const basisDate = date('basisDate', 'ngày ban hành văn bản');
    const basisNumber = cell('basisNumber');
    const basis = legalBasisSchema.safeParse({
      kind: basisKindOf(basisNumber),
      number: basisNumber,
      date: basisDate ?? '2000-01-01',
      issuer: cell('basisIssuer'),
    });
    if (!basis.success) {
      for (const issue of basis.error.issues)
        if (issue.path[0] === 'number') fail('basis_invalid', 'basisNumber', issue.message);
    }

    const adminCode = cell('adminCode') === '' ? null : normalizeOfficialCode(cell('adminCode'));
    const electronicId = cell('electronicId') === '' ? null : normalizeOfficialCode(cell('electronicId'));
    for (const [code, column] of [
      [adminCode, 'adminCode'],
      [electronicId, 'electronicId'],
    ] as const) {
      if (code === null) continue;
      const earlier = seenCodes.get(code);
      if (earlier !== undefined)
        fail(
          'duplicate_in_file',
          column,
          `mã ${code} đã có ở dòng ${earlier}; mỗi mã chỉ dùng cho một đơn vị.`,
        );
      else seenCodes.set(code, row.rowNumber);
    }

    // The parent: a row above (by name or code), else a unit of the register on the row's date.
    let parent: ParentRef = null;
    let parentName: string | null = null;
    const parentText = cell('parent');
    if (parentText !== '') {
      const key = nameKey(parentText);
      const code = normalizeOfficialCode(parentText);
      const inFile = [...new Set([...(fileByKey.get(key) ?? []), ...(fileByKey.get(`#${code}`) ?? [])])];
      const asAt = effectiveFrom ?? '9999-12-31';
      const inRegister = [
        ...new Set([...(registerByKey.get(key) ?? []), ...(registerByKey.get(`#${code}`) ?? [])]),
      ].filter(
        (u) =>
          isValidOn(u, asAt) &&
          (nameKey(nameAt(u, asAt)) === key || u.adminCode === code || u.electronicId === code),
      );
      // A row above is the unit being imported: it wins over a namesake already in the register.
      const found = inFile.length > 0 ? inFile.length : inRegister.length;
      if (found === 0) {
        fail(
          'parent_not_found',
          'parent',
          `không tìm thấy đơn vị cấp trên '${parentText}' ở các dòng trên, cũng như trong danh mục${effectiveFrom ? ` tại ngày ${formatVietnamese(parseIsoDate(effectiveFrom))}` : ''}.`,
        );
      } else if (found > 1) {
        fail(
          'parent_ambiguous',
          'parent',
          `có ${found} đơn vị tên '${parentText}'; hãy ghi mã đơn vị hành chính hoặc mã định danh của đơn vị cấp trên.`,
        );
      } else if (inFile[0]) {
        if (!inFile[0].ok)
          fail(
            'parent_row_invalid',
            'parent',
            `đơn vị cấp trên ở dòng ${inFile[0].rowNumber} còn lỗi; hãy sửa dòng đó trước.`,
          );
        parent = { kind: 'row', rowNumber: inFile[0].rowNumber };
        parentName = inFile[0].name;
      } else if (inRegister[0]) {
        parent = { kind: 'unit', unitId: inRegister[0].id };
        parentName = nameAt(inRegister[0], asAt);
      }
    }

    // The same unit twice: a name already under the same parent that day.
    if (name !== '' && effectiveFrom !== null && parent !== null) {
      const parentId = parent.kind === 'unit' ? parent.unitId : `row-${parent.rowNumber}`;
      const key = nameKey(name);
      const earlierRow = fileSiblings.get(`${parentId}|${key}`);
      const registered =
        earlierRow === undefined &&
        (childrenOf.get(parentId) ?? []).some((l) => {
          const u = unitById.get(l.orgUnitId);
          return (
            u !== undefined &&
            !u.id.startsWith('row-') &&
            isValidOn(l, effectiveFrom) &&
            isValidOn(u, effectiveFrom) &&
            keyAt(u, effectiveFrom) === key
          );
        });
      if (earlierRow !== undefined)
        fail('duplicate_in_file', 'name', `${name} đã có ở dòng ${earlierRow} dưới cùng đơn vị cấp trên.`);
      else if (registered)
        fail('unit_already_registered', 'name', `${name} đã có trong danh mục dưới cùng đơn vị cấp trên.`);
    }

    if (
      kind !== undefined &&
      effectiveFrom !== null &&
      errors.every((e) => e.code !== 'parent_not_found' && e.code !== 'parent_ambiguous')
    ) {
      const parentId =
        parent === null ? null : parent.kind === 'unit' ? parent.unitId : `row-${parent.rowNumber}`;
      const checked = checkNewUnit(
        { units, links, renames: register.renames },
        { name, kind, communeType, adminCode, electronicId, parentId, effectiveFrom },
      );
      if (!checked.ok) {
        for (const issue of checked.issues) {
          const column: RegisterImportColumn =
            issue.field === 'adminCode' || issue.field === 'electronicId'
              ? issue.field
              : issue.field === 'parentId'
                ? 'parent'
                : issue.field === 'effectiveFrom'
                  ? 'effectiveFrom'
                  : 'kind';
          // A duplicate already said once for the file is not said again against the file's own rows.
          if (errors.some((e) => e.field === column && e.code === 'duplicate_in_file')) continue;
          fail(issue.code, column, issue.message);
        }
      }
    }

    const ok = errors.length === 0 && kind !== undefined && effectiveFrom !== null && basis.success;
    const id = `row-${row.rowNumber}`;
    addFileUnit({
      rowNumber: row.rowNumber,
      ok,
      name,
      codes: [adminCode, electronicId].filter((c): c is string => c !== null),
    });
    if (kind !== undefined && effectiveFrom !== null) {
      const unit: RegisterUnit = {
        id,
        name,
        kind,
        validFrom: effectiveFrom,
        validTo: null,
        adminCode,
        electronicId,
      };
      units.push(unit);
      unitById.set(id, unit);
      const parentId =
        parent === null ? null : parent.kind === 'unit' ? parent.unitId : `row-${parent.rowNumber}`;
      if (parentId !== null)
        addLink(
          { orgUnitId: id, parentId, validFrom: effectiveFrom, validTo: null },
          nameKey(name),
          row.rowNumber,
        );
    }
    if (!ok || kind === undefined || effectiveFrom === null || !basis.success) {
      return { rowNumber: row.rowNumber, ok: false, unit: null, errors };
    }
    return {
      rowNumber: row.rowNumber,
      ok: true,
      errors: [],
      unit: {
        name,
        shortName: cell('shortName') || null,
        kind,
        communeType,
        adminCode,
        electronicId,
        parent,
        parentName,
        effectiveFrom,
        basis: basis.data,
      },
    };
  });
  return { rows: verdicts, errorCount: verdicts.reduce((n, v) => n + v.errors.length, 0) };
}

/** Nothing is saved while an error remains, nor from a file with no row. */
export const canSaveRegisterImport = (result: RegisterImportResult): boolean =>
  result.rows.length > 0 && result.errorCount === 0;
