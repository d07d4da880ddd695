import { type PlanningIssue, planningIssue } from './planning-issue.js';
import { TARGET_IMPORT_COLUMNS, type TargetImportColumn } from './target-import.js';
import { nameKey } from './unit-lookup.js';

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

const COLUMN_OF_HEADER = new Map<string, TargetImportColumn>(
  (Object.keys(TARGET_IMPORT_COLUMNS) as TargetImportColumn[]).flatMap((column) =>
    [TARGET_IMPORT_COLUMNS[column], ...HEADER_ALIASES[column]].map((h) => [nameKey(h), column] as const),
  ),
);

/**
 * The column a heading names, or undefined for a column the import does not read (e.g. "Ghi chú").
 * @example targetImportColumnOf('TÊN ĐƠN VỊ') // 'unitName'
 */
export function targetImportColumnOf(header: string): TargetImportColumn | undefined {
  return COLUMN_OF_HEADER.get(nameKey(header.normalize('NFC')));
}

/**
 * The header row must name the unit (by name or code), the kind and the group; otherwise every
 * row would fail for the same reason, so the file is refused once, saying which columns are missing.
 */
export function checkTargetImportHeader(
  columns: ReadonlySet<TargetImportColumn>,
): PlanningIssue<'header_missing'> | null {
  const required: TargetImportColumn[] = ['kind', 'group'];
  if (!columns.has('unitCode')) required.unshift('unitName');
  const missing = required.filter((c) => !columns.has(c));
  if (missing.length === 0) return null;
  const expected = Object.values(TARGET_IMPORT_COLUMNS).join(', ');
  return planningIssue(
    'header_missing',
    `Dòng 1 của tệp phải là dòng tiêu đề với các cột: ${expected}; thiếu cột ${missing.map((c) => TARGET_IMPORT_COLUMNS[c]).join(', ')}.`,
    { field: 'fileBase64' },
  );
}
