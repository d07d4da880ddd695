import {
  checkTargetImportHeader,
  type PlanningIssue,
  TARGET_IMPORT_COLUMNS,
  type TargetImportColumn,
  type TargetImportRowInput,
  targetImportColumnOf,
} from '@kiemtra/domain';
import ExcelJS from 'exceljs';

const COLUMN_KEYS = Object.keys(TARGET_IMPORT_COLUMNS) as TargetImportColumn[];

export interface WorkbookRows {
  rows: TargetImportRowInput[];
  /** Problems of the file itself (not an .xlsx, no header row). */
  fileIssues: PlanningIssue[];
}

/** A cell as the import schema reads it: text, or a number (a code typed as a number). */
function cellValue(cell: ExcelJS.Cell): string | number | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return cell.text === '' ? null : cell.text;
}

/**
 * The rows of the first sheet of a target list: the header row names the columns (in any order,
 * as the template writes them or by the other headings targetImportColumnOf knows); blank rows are skipped; row numbers are Excel's.
 */
export async function readTargetWorkbook(fileBase64: string): Promise<WorkbookRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs 4.4 declares Node's old Buffer type; the bytes are the same.
    const bytes = Buffer.from(fileBase64, 'base64');
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return {
      rows: [],
      fileIssues: [
        {
          code: 'file_unreadable',
          message:
            'Không đọc được tệp: hãy gửi tệp Excel dạng .xlsx (Excel 2007 trở lên), theo mẫu của hệ thống.',
          field: 'fileBase64',
        },
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    return {
      rows: [],
      fileIssues: [{ code: 'import_empty', message: 'Tệp không có trang tính nào.', field: 'fileBase64' }],
    };
  }
  const header = sheet.getRow(1);
  const columnOf = new Map<TargetImportColumn, number>();
  header.eachCell((cell, col) => {
    const key = targetImportColumnOf(cell.text);
    if (key !== undefined && !columnOf.has(key)) columnOf.set(key, col);
  });
  const headerIssue = checkTargetImportHeader(new Set(columnOf.keys()));
  if (headerIssue) return { rows: [], fileIssues: [headerIssue] };
  const rows: TargetImportRowInput[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(
      COLUMN_KEYS.map((k) => {
        const col = columnOf.get(k);
        return [k, col === undefined ? null : cellValue(row.getCell(col))];
      }),
    ) as Record<TargetImportColumn, string | number | null>;
    if (Object.values(values).every((v) => v === null || String(v).trim() === '')) continue;
    rows.push({ rowNumber: r, ...values });
  }
  return { rows, fileIssues: [] };
}

/** The template a plan administrator fills in: the headers in Vietnamese and one example row. */
export async function targetTemplateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đối tượng kiểm tra');
  sheet.columns = COLUMN_KEYS.map((k) => ({ header: TARGET_IMPORT_COLUMNS[k], key: k, width: 36 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    unitName: 'Ủy ban nhân dân huyện Tây Sơn',
    unitCode: 'huyen-tay-son',
    kind: 'Toàn diện',
    group: 'Khối Ủy ban nhân dân cấp huyện',
    subUnits: 'Ủy ban nhân dân xã Bình Tường; Ủy ban nhân dân xã Tây Giang',
    teamName: '',
  });
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.addRows([
    ['Mỗi dòng là một đối tượng kiểm tra. Ghi tên hoặc mã đơn vị (hoặc cả hai, phải khớp nhau).'],
    ['Loại kiểm tra: Toàn diện, Chuyên đề hoặc Đột xuất.'],
    [
      'Đơn vị cấp xã: chỉ cho đơn vị cấp huyện, cách nhau bởi dấu chấm phẩy, trong số lượng kế hoạch cho phép.',
    ],
    ['Đoàn kiểm tra: tên một Đoàn của kế hoạch, có thể để trống.'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
