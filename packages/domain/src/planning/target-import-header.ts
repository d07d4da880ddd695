import { checkSheetHeader, sheetColumnReader } from '../validation/sheet-columns.js';
import type { PlanningIssue } from './planning-issue.js';
import { TARGET_IMPORT_COLUMNS, type TargetImportColumn } from './target-import.js';

/**
 * Other headings people give the same columns in their own spreadsheets; the template's heading
 * (TARGET_IMPORT_COLUMNS) is always accepted. Compared without case, accents kept.
 */
const HEADER_ALIASES: Record<TargetImportColumn, readonly string[]> = {
  unitName: ['Tên đơn vị', 'Đơn vị được kiểm tra', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị'],
  unitCode: ['Mã', 'Mã cơ quan, đơn vị'],
  kind: ['Loại hình kiểm tra'],
  group: ['Nhóm', 'Khối'],
  subUnits: ['Xã, phường, thị trấn', 'UBND cấp xã', 'Các xã được kiểm tra'],
  teamName: ['Đoàn'],
};

/**
 * The column a heading names, or undefined for a column the import does not read (e.g. "Ghi chú").
 * @example targetImportColumnOf('TÊN ĐƠN VỊ') // 'unitName'
 */
export const targetImportColumnOf = sheetColumnReader(TARGET_IMPORT_COLUMNS, HEADER_ALIASES);

/** The header row must name the unit (by name or code), the kind and the group. */
export function checkTargetImportHeader(
  columns: ReadonlySet<TargetImportColumn>,
): PlanningIssue<'header_missing'> | null {
  const required: TargetImportColumn[] = ['kind', 'group'];
  if (!columns.has('unitCode')) required.unshift('unitName');
  return checkSheetHeader(TARGET_IMPORT_COLUMNS, columns, required);
}
