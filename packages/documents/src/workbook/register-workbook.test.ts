import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registerWorkbookXlsx } from './register-workbook.js';

describe('the outgoing register as an Excel sheet', () => {
  it('lists each document with its number, a real date shown dd/mm/yyyy, kind, trích yếu and recipients', async () => {
    const bytes = await registerWorkbookXlsx({
      issuerName: 'SỞ NỘI VỤ',
      year: 2024,
      entries: [
        {
          reference: '01/TB-ĐKT',
          issuedOn: '2024-06-10',
          kindLabel: 'Thông báo kết luận kiểm tra',
          summary: 'Kết luận kiểm tra công tác cải cách hành chính tại Ủy ban nhân dân xã Bình Tường',
          recipients: ['Ủy ban nhân dân xã Bình Tường', 'Sở Nội vụ'],
          signedBy: 'Trần Quốc Bảo',
        },
      ],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const ws = book.getWorksheet('Văn bản đi 2024');
    expect(ws?.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại',
      'Trích yếu nội dung',
      'Nơi nhận',
      'Người ban hành',
    ]);
    expect(ws?.getCell('B2').value).toBe('01/TB-ĐKT');
    expect(ws?.getCell('C2').value).toEqual(new Date('2024-06-10T00:00:00Z'));
    expect(ws?.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws?.getCell('F2').value).toBe('Ủy ban nhân dân xã Bình Tường; Sở Nội vụ');
    expect(ws?.getCell('A2').border?.left?.style).toBe('thin');
    expect(ws?.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
  });
});
