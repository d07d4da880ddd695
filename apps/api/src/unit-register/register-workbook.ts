import {
  checkRegisterImportHeader,
  type PlanningIssue,
  REGISTER_IMPORT_COLUMNS,
  REGISTER_IMPORT_KIND_WORDS,
  type RegisterImportColumn,
  type RegisterImportRow,
  registerImportColumnOf,
} from '@kiemtra/domain';
import ExcelJS from 'exceljs';
import { readSheetRows } from '../spreadsheets/read-sheet-rows.js';

const COLUMN_KEYS = Object.keys(REGISTER_IMPORT_COLUMNS) as RegisterImportColumn[];

export interface RegisterWorkbookRows {
  rows: RegisterImportRow[];
  fileIssues: PlanningIssue[];
}

/** The rows of the first sheet: the header row names the columns in any order; blank rows are skipped; row numbers are Excel's. */
export async function readRegisterWorkbook(fileBase64: string): Promise<RegisterWorkbookRows> {
  return readSheetRows(fileBase64, {
    columns: COLUMN_KEYS,
    columnOf: registerImportColumnOf,
    checkHeader: checkRegisterImportHeader,
  });
}

/** The template a register administrator fills in: the headers, example rows and a guide. */
export async function registerTemplateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục đơn vị');
  sheet.columns = COLUMN_KEYS.map((k) => ({
    header: REGISTER_IMPORT_COLUMNS[k],
    key: k,
    width: k === 'name' || k === 'parent' ? 40 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  const basis = {
    effectiveFrom: '01/07/2025',
    basisNumber: '1664/NQ-UBTVQH15',
    basisDate: '16/06/2025',
    basisIssuer: 'Ủy ban Thường vụ Quốc hội',
  };
  sheet.addRow({
    name: 'Ủy ban nhân dân tỉnh Gia Lai',
    shortName: 'UBND tỉnh Gia Lai',
    kind: 'Tỉnh',
    adminCode: '52',
    electronicId: '000.00.00.H41',
    parent: '',
    ...basis,
  });
  sheet.addRow({
    name: 'Sở Nội vụ',
    shortName: 'SNV',
    kind: 'Sở',
    adminCode: '',
    electronicId: '000.00.12.H41',
    parent: 'Ủy ban nhân dân tỉnh Gia Lai',
    ...basis,
  });
  sheet.addRow({
    name: 'Ủy ban nhân dân phường Quy Nhơn',
    shortName: 'UBND phường Quy Nhơn',
    kind: 'Phường',
    adminCode: '21550',
    electronicId: '',
    parent: 'Ủy ban nhân dân tỉnh Gia Lai',
    ...basis,
  });
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 120;
  guide.addRows([
    ['Mỗi dòng là một cơ quan, đơn vị. Dòng 1 là dòng tiêu đề; thứ tự các cột có thể thay đổi.'],
    [
      `Loại đơn vị: ${REGISTER_IMPORT_KIND_WORDS.join(', ')}. Từ 01/07/2025 không còn huyện và thị trấn; đặc khu chỉ có từ 01/07/2025.`,
    ],
    [
      'Mã đơn vị hành chính: tỉnh 2 chữ số, xã 5 chữ số, theo danh mục đơn vị hành chính Việt Nam. Mã định danh điện tử: dạng 000.00.00.H00 (Quyết định 20/2020/QĐ-TTg).',
    ],
    [
      'Đơn vị cấp trên: tên hoặc mã của một đơn vị đã có trong danh mục tại ngày hiệu lực, hoặc của một đơn vị ở dòng phía trên.',
    ],
    ['Ngày hiệu lực, Ngày ban hành văn bản: dạng dd/mm/yyyy. Số, ký hiệu văn bản: ví dụ 1664/NQ-UBTVQH15.'],
    ['Hệ thống kiểm tra toàn bộ tệp trước khi lưu; còn lỗi ở bất kỳ dòng nào thì chưa lưu đơn vị nào.'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
