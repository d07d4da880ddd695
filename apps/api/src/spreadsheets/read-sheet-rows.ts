import { localDate, type PlanningIssue, toIsoDate } from '@kiemtra/domain';
import ExcelJS from 'exceljs';

/** A cell as text; a date Excel typed as a date becomes yyyy-mm-dd (the day shown, not its UTC instant). */
export function cellText(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return toIsoDate(localDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()));
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  return cell.text === '' ? null : cell.text;
}

const unreadable: PlanningIssue = {
  code: 'file_unreadable',
  message: 'Không đọc được tệp: hãy gửi tệp Excel dạng .xlsx (Excel 2007 trở lên), theo mẫu của hệ thống.',
  field: 'fileBase64',
};

/** How one import reads its sheet: the columns it knows, a heading's column, the header's check. */
export interface SheetShape<C extends string> {
  columns: readonly C[];
  columnOf: (heading: string) => C | undefined;
  checkHeader: (present: ReadonlySet<C>) => PlanningIssue | null;
}

export type SheetRow<C extends string> = { rowNumber: number } & Partial<Record<C, string | null>>;

/**
 * The rows of the first sheet of an uploaded workbook: the header row names the columns in any
 * order; blank rows are skipped; row numbers are Excel's. The file's own problems come back as
 * issues (not an .xlsx, no sheet, a header missing a column), never as an exception.
 */
export async function readSheetRows<C extends string>(
  fileBase64: string,
  shape: SheetShape<C>,
): Promise<{ rows: SheetRow<C>[]; fileIssues: PlanningIssue[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs 4.4 declares Node's old Buffer type; the bytes are the same.
    const bytes = Buffer.from(fileBase64, 'base64');
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { rows: [], fileIssues: [unreadable] };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    return {
      rows: [],
      fileIssues: [{ code: 'import_empty', message: 'Tệp không có trang tính nào.', field: 'fileBase64' }],
    };
  }
  const columnAt = new Map<C, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = shape.columnOf(cell.text);
    if (key !== undefined && !columnAt.has(key)) columnAt.set(key, col);
  });
  const headerIssue = shape.checkHeader(new Set(columnAt.keys()));
  if (headerIssue) return { rows: [], fileIssues: [headerIssue] };
  const rows: SheetRow<C>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Partial<Record<C, string | null>> = {};
    let blank = true;
    for (const key of shape.columns) {
      const col = columnAt.get(key);
      const text = col === undefined ? null : cellText(row.getCell(col));
      values[key] = text;
      if (text !== null && text.trim() !== '') blank = false;
    }
    if (!blank) rows.push({ rowNumber: r, ...values } as SheetRow<C>);
  }
  return { rows, fileIssues: [] };
}

/** A workbook as the bytes of an .xlsx download. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
