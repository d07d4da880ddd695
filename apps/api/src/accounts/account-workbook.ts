import {
  ACCOUNT_IMPORT_COLUMNS,
  type AccountImportColumn,
  accountImportColumnOf,
  checkAccountImportHeader,
} from '@kiemtra/domain';
import ExcelJS from 'exceljs';
import { readSheetRows, workbookBytes } from '../spreadsheets/read-sheet-rows.js';

const COLUMN_KEYS = Object.keys(ACCOUNT_IMPORT_COLUMNS) as AccountImportColumn[];

/** The rows of a list of focal officers, read as the unit register's import reads its sheet. */
export const readAccountWorkbook = (fileBase64: string) =>
  readSheetRows(fileBase64, {
    columns: COLUMN_KEYS,
    columnOf: accountImportColumnOf,
    checkHeader: checkAccountImportHeader,
  });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template: one CCHC focal officer a row, with examples and a guide. */
export async function accountTemplateWorkbook() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Công chức đầu mối CCHC');
  sheet.columns = COLUMN_KEYS.map((k) => ({
    header: ACCOUNT_IMPORT_COLUMNS[k],
    key: k,
    width: k === 'unit' ? 44 : 28,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    fullName: 'Huỳnh Thị Lan',
    username: 'sct.daumoi',
    email: 'lan.ht@sct.binhdinh.gov.vn',
    position: 'Chuyên viên Văn phòng Sở',
    unit: 'Sở Công Thương',
  });
  sheet.addRow({
    fullName: 'Lê Văn Sang',
    username: 'xa.binhtuong.daumoi',
    email: '',
    position: 'Công chức Văn phòng – Thống kê',
    unit: '000.00.41.H08',
  });
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 120;
  guide.addRows([
    [
      'Mỗi dòng là công chức đầu mối cải cách hành chính của một đơn vị. Dòng 1 là dòng tiêu đề; thứ tự các cột có thể thay đổi.',
    ],
    [
      'Tên đăng nhập: 3–40 ký tự, chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới đặt giữa các chữ.',
    ],
    [
      'Đơn vị: tên đơn vị như trong danh mục hiện nay, hoặc mã định danh điện tử, mã đơn vị hành chính của đơn vị.',
    ],
    ['Thư điện tử và Chức vụ có thể để trống.'],
    ['Hệ thống kiểm tra toàn bộ tệp trước khi lưu; còn lỗi ở bất kỳ dòng nào thì chưa tạo tài khoản nào.'],
    [
      'Sau khi lưu, mật khẩu tạm thời của từng tài khoản chỉ hiện một lần: hãy tải về và giao tận tay từng người.',
    ],
  ]);
  return {
    fileName: 'mau-danh-sach-tai-khoan.xlsx',
    contentType: XLSX,
    base64: (await workbookBytes(workbook)).toString('base64'),
  };
}

/** The accounts made by an import and their temporary passwords, for the administrator to hand over. */
export async function temporaryPasswordsWorkbook(
  accounts: readonly { fullName: string; username: string; unitName: string; temporaryPassword: string }[],
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mật khẩu tạm thời');
  sheet.columns = [
    { header: 'Họ và tên', key: 'fullName', width: 30 },
    { header: 'Đơn vị', key: 'unitName', width: 44 },
    { header: 'Tên đăng nhập', key: 'username', width: 26 },
    { header: 'Mật khẩu tạm thời', key: 'temporaryPassword', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const a of accounts) sheet.addRow(a);
  sheet.addRow([]);
  sheet.addRow([
    'Mật khẩu tạm thời chỉ dùng cho lần đăng nhập đầu tiên; người dùng phải đổi mật khẩu ngay khi đăng nhập. Giữ tệp này kín và xóa sau khi đã giao.',
  ]);
  return {
    fileName: 'mat-khau-tam-thoi.xlsx',
    contentType: XLSX,
    base64: (await workbookBytes(workbook)).toString('base64'),
  };
}
