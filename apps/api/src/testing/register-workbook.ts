import { REGISTER_IMPORT_COLUMNS, type RegisterImportColumn } from '@kiemtra/domain';
import ExcelJS from 'exceljs';

export type RegisterSheetRow = Partial<Record<RegisterImportColumn, string>>;

/** A workbook of one sheet with these headings, filled as a person fills a template, as base64. */
export async function sheetWorkbookBase64<K extends string>(
  headings: Readonly<Record<K, string>>,
  rows: readonly Partial<Record<K, string>>[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.columns = (Object.keys(headings) as K[]).map((k) => ({ header: headings[k], key: k }));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A register workbook as a province would fill the template, as base64. */
export const registerWorkbookBase64 = (rows: readonly RegisterSheetRow[]): Promise<string> =>
  sheetWorkbookBase64<RegisterImportColumn>(REGISTER_IMPORT_COLUMNS, rows);

export const REFORM_BASIS = {
  effectiveFrom: '01/07/2025',
  basisNumber: '1664/NQ-UBTVQH15',
  basisDate: '16/06/2025',
  basisIssuer: 'Ủy ban Thường vụ Quốc hội',
} as const;
