import ExcelJS from 'exceljs';

/** One sheet of plain tables: a header row and rows of text or numbers. */
export interface TableSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/**
 * Tables as an Excel workbook, one sheet each: a bold ruled header row frozen and printed on every
 * page, A4 landscape fitted to the width (the leadership view's export).
 * @example await tablesWorkbookXlsx('Tổng quan năm 2024', [{ name: 'Tỷ lệ đúng hạn', header: ['Đơn vị', '…'], rows }])
 */
export async function tablesWorkbookXlsx(title: string, sheets: readonly TableSheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  for (const sheet of sheets) {
    // Excel refuses sheet names over 31 characters or with []:*?/\.
    const ws = book.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      },
      headerFooter: { oddHeader: title, oddFooter: 'Trang &P/&N' },
    });
    ws.columns = sheet.header.map((h, i) => ({ header: h, width: i === 0 ? 48 : 22 }));
    for (const row of sheet.rows) ws.addRow([...row]);
    ws.eachRow((row, n) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = { ...FONT, bold: n === 1 };
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
