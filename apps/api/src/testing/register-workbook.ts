import { REGISTER_IMPORT_COLUMNS, type RegisterImportColumn } from '@kiemtra/domain';
import ExcelJS from 'exceljs';

export type RegisterSheetRow = Partial<Record<RegisterImportColumn, string>>;

/** A register workbook as a province would fill the template, as base64. */
export async function registerWorkbookBase64(rows: readonly RegisterSheetRow[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục');
  const keys = Object.keys(REGISTER_IMPORT_COLUMNS) as RegisterImportColumn[];
  sheet.columns = keys.map((k) => ({ header: REGISTER_IMPORT_COLUMNS[k], key: k }));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export const REFORM_BASIS = {
  effectiveFrom: '01/07/2025',
  basisNumber: '1664/NQ-UBTVQH15',
  basisDate: '16/06/2025',
  basisIssuer: 'Ủy ban Thường vụ Quốc hội',
} as const;
