import { type PlanningIssue, planningIssue } from '../planning/planning-issue.js';
import { nameKey } from '../planning/unit-lookup.js';
import { checkSheetHeader, sheetColumnReader } from '../validation/sheet-columns.js';
import type { z } from '../validation/zod-vi.js';
import { accountCreateInput } from './account.schemas.js';

/** The columns of the list of units' CCHC focal officers, as the template's header row reads. */
export const ACCOUNT_IMPORT_COLUMNS = {
  fullName: 'Họ và tên',
  username: 'Tên đăng nhập',
  email: 'Thư điện tử',
  position: 'Chức vụ',
  unit: 'Đơn vị',
} as const;
export type AccountImportColumn = keyof typeof ACCOUNT_IMPORT_COLUMNS;

export const accountImportColumnOf = sheetColumnReader<AccountImportColumn>(ACCOUNT_IMPORT_COLUMNS, {
  fullName: ['Họ tên', 'Tên cán bộ', 'Công chức đầu mối'],
  username: ['Tài khoản', 'Tên tài khoản'],
  email: ['Email', 'E-mail', 'Địa chỉ thư điện tử'],
  position: ['Chức danh', 'Chức vụ, chức danh'],
  unit: ['Tên đơn vị', 'Cơ quan, đơn vị', 'Đơn vị công tác', 'Mã định danh điện tử'],
});

/** @example checkAccountImportHeader(new Set(['fullName'])) // header_missing: Tên đăng nhập, Đơn vị */
export function checkAccountImportHeader(
  columns: ReadonlySet<AccountImportColumn>,
): PlanningIssue<'header_missing'> | null {
  return checkSheetHeader(ACCOUNT_IMPORT_COLUMNS, columns, ['fullName', 'username', 'unit']);
}

export type AccountImportRow = { rowNumber: number } & Partial<Record<AccountImportColumn, string | null>>;

/** A unit of the register existing today, as the import finds it: by its name today or a code. */
export interface ImportableUnit {
  id: string;
  name: string;
  codes: readonly string[];
}

export interface ImportedAccount {
  fullName: string;
  username: string;
  email: string | null;
  position: string | null;
  unitId: string;
  unitName: string;
}

export type AccountRowVerdict =
  | { rowNumber: number; ok: true; account: ImportedAccount; errors: [] }
  | { rowNumber: number; ok: false; account: null; errors: PlanningIssue[] };

export interface AccountImportResult {
  rows: AccountRowVerdict[];
  errorCount: number;
}

/**
 * Checks every row of a list of focal officers: name, username (shape, not taken, once in the
 * file), e-mail, and the unit (one unit of the register existing today, by name or code). Each
 * becomes an account of the unit's CCHC focal officer, acting for that unit. Nothing is saved.
 */
export function validateAccountRows(
  rows: readonly AccountImportRow[],
  units: readonly ImportableUnit[],
  takenUsernames: ReadonlySet<string>,
): AccountImportResult {
  const unitsByKey = new Map<string, ImportableUnit[]>();
  for (const u of units) {
    for (const key of [nameKey(u.name), ...u.codes.map((c) => `#${c.toUpperCase()}`)]) {
      const list = unitsByKey.get(key) ?? [];
      if (!list.includes(u)) unitsByKey.set(key, [...list, u]);
    }
  }
  const seenUsernames = new Map<string, number>();
  const verdicts = rows.map((row): AccountRowVerdict => {
    const errors: PlanningIssue[] = [];
    const fail = (code: string, column: AccountImportColumn, text: string) =>
      errors.push(
        planningIssue(code, `Dòng ${row.rowNumber}, cột ${ACCOUNT_IMPORT_COLUMNS[column]}: ${text}`, {
          field: column,
        }),
      );
    const parsed = <T>(column: AccountImportColumn, schema: z.ZodType<T>): T | undefined => {
      const result = schema.safeParse(row[column] ?? '');
      if (result.success) return result.data;
      const message = result.error.issues[0]?.message ?? 'giá trị không hợp lệ.';
      fail('field_invalid', column, message.charAt(0).toLowerCase() + message.slice(1));
      return undefined;
    };
    const { shape } = accountCreateInput;
    const fullName = parsed('fullName', shape.fullName);
    const username = parsed('username', shape.username);
    const email = parsed('email', shape.email);
    const position = parsed('position', shape.position);
    if (username !== undefined) {
      const earlier = seenUsernames.get(username);
      if (takenUsernames.has(username))
        fail('username_taken', 'username', `tên đăng nhập ${username} đã có tài khoản; hãy chọn tên khác.`);
      else if (earlier !== undefined)
        fail('duplicate_in_file', 'username', `tên đăng nhập ${username} đã có ở dòng ${earlier}.`);
      else seenUsernames.set(username, row.rowNumber);
    }
    const unitText = (row.unit ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
    const found =
      unitText === ''
        ? []
        : (unitsByKey.get(nameKey(unitText)) ?? unitsByKey.get(`#${unitText.toUpperCase()}`) ?? []);
    if (unitText === '') fail('unit_missing', 'unit', 'hãy ghi tên hoặc mã định danh của đơn vị.');
    else if (found.length === 0)
      fail(
        'unit_not_found',
        'unit',
        `không có đơn vị '${unitText}' trong danh mục hiện nay; hãy ghi đúng tên hoặc mã định danh.`,
      );
    else if (found.length > 1)
      fail(
        'unit_ambiguous',
        'unit',
        `có ${found.length} đơn vị tên '${unitText}'; hãy ghi mã định danh điện tử của đơn vị.`,
      );
    const unit = found.length === 1 ? found[0] : undefined;
    if (
      errors.length > 0 ||
      !unit ||
      fullName === undefined ||
      username === undefined ||
      email === undefined ||
      position === undefined
    )
      return { rowNumber: row.rowNumber, ok: false, account: null, errors };
    return {
      rowNumber: row.rowNumber,
      ok: true,
      account: { fullName, username, email, position, unitId: unit.id, unitName: unit.name },
      errors: [],
    };
  });
  return { rows: verdicts, errorCount: verdicts.reduce((n, v) => n + v.errors.length, 0) };
}

/** A list is saved only whole: at least one row and no error left. */
export const canSaveAccountImport = (result: AccountImportResult): boolean =>
  result.rows.length > 0 && result.errorCount === 0;
