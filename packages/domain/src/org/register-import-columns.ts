import type { PlanningIssue } from '../planning/planning-issue.js';
import { checkSheetHeader, sheetColumnReader } from '../validation/sheet-columns.js';

/** The columns of the register spreadsheet, as the template's header row reads. */
export const REGISTER_IMPORT_COLUMNS = {
  name: 'Tên đơn vị',
  shortName: 'Tên viết tắt',
  kind: 'Loại đơn vị',
  adminCode: 'Mã đơn vị hành chính',
  electronicId: 'Mã định danh điện tử',
  parent: 'Đơn vị cấp trên',
  effectiveFrom: 'Ngày hiệu lực',
  basisNumber: 'Số, ký hiệu văn bản',
  basisDate: 'Ngày ban hành văn bản',
  basisIssuer: 'Cơ quan ban hành',
} as const;
export type RegisterImportColumn = keyof typeof REGISTER_IMPORT_COLUMNS;

/** Other headings provinces give the same columns; compared without case, accents kept. */
const HEADER_ALIASES: Record<RegisterImportColumn, readonly string[]> = {
  name: ['Tên cơ quan, đơn vị', 'Tên', 'Đơn vị'],
  shortName: ['Tên tắt'],
  kind: ['Loại', 'Cấp'],
  adminCode: ['Mã ĐVHC', 'Mã hành chính'],
  electronicId: ['Mã định danh', 'Mã định danh cơ quan'],
  parent: ['Cơ quan cấp trên', 'Trực thuộc'],
  effectiveFrom: ['Hiệu lực từ ngày', 'Từ ngày'],
  basisNumber: ['Căn cứ', 'Số văn bản', 'Văn bản'],
  basisDate: ['Ngày văn bản'],
  basisIssuer: ['Cơ quan ban hành văn bản'],
};

/** The column a heading names, or undefined for a column the import does not read. */
export const registerImportColumnOf = sheetColumnReader(REGISTER_IMPORT_COLUMNS, HEADER_ALIASES);

/** The header must name the unit, its kind, its date and its legal basis; else the file is refused once. */
export function checkRegisterImportHeader(
  columns: ReadonlySet<RegisterImportColumn>,
): PlanningIssue<'header_missing'> | null {
  return checkSheetHeader(REGISTER_IMPORT_COLUMNS, columns, [
    'name',
    'kind',
    'effectiveFrom',
    'basisNumber',
    'basisDate',
  ]);
}
