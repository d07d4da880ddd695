import { z } from '@kiemtra/domain';
import ExcelJS from 'exceljs';
import { isoDateSchema, requiredText } from '../layout/frame-schema.js';

export const registerWorkbookSchema = z.object({
  /** "SỞ NỘI VỤ", the body whose register it is. */
  issuerName: requiredText('Thiếu tên cơ quan.'),
  year: z.number().int().min(2000).max(2100),
  entries: z.array(
    z.object({
      reference: requiredText('Thiếu số, ký hiệu văn bản.'),
      issuedOn: isoDateSchema,
      kindLabel: requiredText('Thiếu tên loại văn bản.'),
      summary: requiredText('Thiếu trích yếu.'),
      recipients: z.array(z.string().trim()).default([]),
      signedBy: z.string().trim().default(''),
    }),
  ),
});
export type RegisterWorkbookInput = z.input<typeof registerWorkbookSchema>;

const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/**
 * The outgoing register (sổ đăng ký văn bản đi) of a body for a year as an Excel sheet: number
 * and symbol, date (a date cell, dd/mm/yyyy), kind, trích yếu, recipients and who issued it, on
 * A4 landscape fitted to the width with the header row on every page.
 * @example await registerWorkbookXlsx({ issuerName: 'SỞ NỘI VỤ', year: 2024, entries })
 */
export async function registerWorkbookXlsx(input: RegisterWorkbookInput): Promise<Uint8Array> {
  const d = registerWorkbookSchema.parse(input);
  const book = new ExcelJS.Workbook();
  book.creator = d.issuerName;
  book.title = `Sổ đăng ký văn bản đi năm ${d.year}`;
  const ws = book.addWorksheet(`Văn bản đi ${d.year}`, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
    headerFooter: {
      oddHeader: `${d.issuerName} – Sổ đăng ký văn bản đi năm ${d.year}`,
      oddFooter: 'Trang &P/&N',
    },
  });
  ws.columns = [
    { header: 'STT', width: 6 },
    { header: 'Số, ký hiệu văn bản', width: 18 },
    { header: 'Ngày tháng văn bản', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Tên loại', width: 26 },
    { header: 'Trích yếu nội dung', width: 60 },
    { header: 'Nơi nhận', width: 36 },
    { header: 'Người ban hành', width: 22 },
  ];
  d.entries.forEach((e, i) => {
    ws.addRow([
      i + 1,
      e.reference,
      new Date(`${e.issuedOn}T00:00:00Z`),
      e.kindLabel,
      e.summary,
      e.recipients.join('; '),
      e.signedBy,
    ]);
  });
  ws.eachRow((row, n) => {
    row.font = { ...FONT, bold: n === 1 };
    row.alignment =
      n === 1
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : { vertical: 'top', wrapText: true };
    for (let c = 1; c <= ws.columnCount; c += 1) {
      const cell = row.getCell(c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
