import { type Database, insertManagedAccounts, loadRegister, takenUsernames } from '@kiemtra/db';
import {
  type AccountImportResult,
  canSaveAccountImport,
  isValidOn,
  nameAsAt,
  validateAccountRows,
} from '@kiemtra/domain';
import type { Kysely, Transaction } from 'kysely';
import { hashPassword } from '../auth/password.js';
import { refusal } from '../trpc/errors.js';
import { readAccountWorkbook } from './account-workbook.js';
import type { MakeTemporaryPassword } from './temporary-password.js';

/** Every row of the uploaded list with its verdict against the register of today and the accounts. */
export async function accountImportVerdicts(
  db: Kysely<Database> | Transaction<Database>,
  tenantId: string,
  fileBase64: string,
  today: string,
) {
  const file = await readAccountWorkbook(fileBase64);
  const register = await loadRegister(db, tenantId);
  const units = register.rows
    .filter((u) => isValidOn(u, today))
    .map((u) => ({
      id: u.id,
      name: nameAsAt(u, register.renames, today),
      codes: [u.adminCode, u.electronicId].filter((c): c is string => c !== null),
    }));
  const usernames = file.rows.map((r) => (r.username ?? '').trim().toLowerCase()).filter((u) => u !== '');
  const result: AccountImportResult = validateAccountRows(
    file.rows,
    units,
    await takenUsernames(db, usernames),
  );
  return { result, fileIssues: file.fileIssues, errorCount: result.errorCount + file.fileIssues.length };
}

/**
 * Checks the list again inside the transaction and creates every account (the unit's CCHC focal
 * officer, acting for it) with its temporary password, or none while an error remains.
 */
export async function commitAccountImport(
  trx: Transaction<Database>,
  tenantId: string,
  fileBase64: string,
  deps: { today: string; makePassword: MakeTemporaryPassword },
) {
  const { result, fileIssues, errorCount } = await accountImportVerdicts(
    trx,
    tenantId,
    fileBase64,
    deps.today,
  );
  if (fileIssues.length > 0 || !canSaveAccountImport(result)) {
    const issues = [...fileIssues, ...result.rows.flatMap((r) => r.errors)];
    throw refusal(
      issues.length > 0
        ? [
            {
              code: 'import_has_errors',
              message: `Tệp còn ${errorCount} lỗi; chưa tạo tài khoản nào. Hãy sửa tệp rồi gửi lại.`,
            },
            ...issues,
          ]
        : [{ code: 'import_empty', message: 'Tệp không có dòng tài khoản nào; chưa tạo gì.' }],
    );
  }
  const accounts = result.rows.flatMap((r) => (r.ok ? [r.account] : []));
  const made = await Promise.all(
    accounts.map(async (a) => {
      const temporaryPassword = deps.makePassword({ username: a.username });
      return { ...a, temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
    }),
  );
  await insertManagedAccounts(
    trx,
    tenantId,
    made.map((a) => ({
      username: a.username,
      fullName: a.fullName,
      email: a.email,
      position: a.position,
      orgUnitId: a.unitId,
      actingUnitId: a.unitId,
      roles: ['unit_reporter'],
      passwordHash: a.passwordHash,
    })),
  );
  return made.map(({ fullName, username, unitName, temporaryPassword }) => ({
    fullName,
    username,
    unitName,
    temporaryPassword,
  }));
}
