import {
  type Database,
  insertParentLinks,
  insertRegisterUnits,
  insertUnitChanges,
  loadRegister,
  usedUnitCodes,
} from '@kiemtra/db';
import {
  canSaveRegisterImport,
  type RegisterImportResult,
  unitCodeFor,
  validateRegisterRows,
} from '@kiemtra/domain';
import type { Kysely, Transaction } from 'kysely';
import { refusal } from '../trpc/errors.js';
import { readRegisterWorkbook } from './register-workbook.js';

/** Every row of the file with its verdict against the register; the file's own problems too. */
export async function registerImportVerdicts(
  db: Kysely<Database> | Transaction<Database>,
  tenantId: string,
  fileBase64: string,
) {
  const file = await readRegisterWorkbook(fileBase64);
  const result: RegisterImportResult = validateRegisterRows(file.rows, await loadRegister(db, tenantId));
  return { result, fileIssues: file.fileIssues, errorCount: result.errorCount + file.fileIssues.length };
}

// Rows are written in slices: one statement per table and slice, whatever the file's size.
const SLICE = 500;

/**
 * Checks the file again inside the transaction and saves every unit, its parent link and its
 * "created" change, or nothing at all while an error remains.
 */
export async function commitRegisterImport(
  trx: Transaction<Database>,
  tenantId: string,
  fileBase64: string,
): Promise<number> {
  const { result, fileIssues, errorCount } = await registerImportVerdicts(trx, tenantId, fileBase64);
  if (fileIssues.length > 0 || !canSaveRegisterImport(result)) {
    const issues = [...fileIssues, ...result.rows.flatMap((r) => r.errors)];
    throw refusal(
      issues.length > 0
        ? [
            {
              code: 'import_has_errors',
              message: `Tệp còn ${errorCount} lỗi; chưa lưu đơn vị nào. Hãy sửa tệp rồi gửi lại.`,
            },
            ...issues,
          ]
        : [{ code: 'import_empty', message: 'Tệp không có dòng đơn vị nào; chưa lưu gì.' }],
    );
  }
  const used = new Set(await usedUnitCodes(trx, tenantId));
  const idOfRow = new Map<number, string>();
  const rows = result.rows.flatMap((r) => (r.ok ? [{ rowNumber: r.rowNumber, unit: r.unit }] : []));
  for (let start = 0; start < rows.length; start += SLICE) {
    const slice = rows.slice(start, start + SLICE);
    const ids = await insertRegisterUnits(
      trx,
      slice.map(({ unit }) => {
        const code = unitCodeFor(unit.name, used);
        used.add(code);
        return {
          tenantId,
          code,
          name: unit.name,
          shortName: unit.shortName,
          kind: unit.kind,
          communeType: unit.communeType,
          adminCode: unit.adminCode,
          electronicId: unit.electronicId,
          validFrom: unit.effectiveFrom,
        };
      }),
    );
    slice.forEach((r, i) => {
      const id = ids[i];
      if (id === undefined) throw new Error('a unit of the import was not inserted');
      idOfRow.set(r.rowNumber, id);
    });
    // A parent is a unit of the register or a row above, inserted in this slice or an earlier one.
    const parentOf = (r: (typeof slice)[number]) =>
      r.unit.parent === null
        ? null
        : r.unit.parent.kind === 'unit'
          ? r.unit.parent.unitId
          : (idOfRow.get(r.unit.parent.rowNumber) ?? null);
    await insertParentLinks(
      trx,
      slice.flatMap((r) => {
        const parentId = parentOf(r);
        const unitId = idOfRow.get(r.rowNumber);
        return parentId && unitId ? [{ tenantId, unitId, parentId, validFrom: r.unit.effectiveFrom }] : [];
      }),
    );
    await insertUnitChanges(
      trx,
      slice.map((r) => {
        const parentId = parentOf(r);
        return {
          tenantId,
          unitId: idOfRow.get(r.rowNumber) ?? '',
          change: 'created' as const,
          effectiveFrom: r.unit.effectiveFrom,
          basis: r.unit.basis,
          details: { toName: r.unit.name, ...(parentId ? { toParentId: parentId } : {}) },
        };
      }),
    );
  }
  return rows.length;
}
