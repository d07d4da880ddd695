import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTargetWorkbook, targetTemplateWorkbook } from './target-workbook.js';

async function workbookOf(rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Danh sách').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('readTargetWorkbook', () => {
  it('reads the template it hands out', async () => {
    const read = await readTargetWorkbook((await targetTemplateWorkbook()).toString('base64'));
    expect(read.fileIssues).toEqual([]);
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]).toMatchObject({ rowNumber: 2, unitCode: 'huyen-tay-son', kind: 'Toàn diện' });
  });

  it("reads a province's own headings, in any order, and skips columns it does not know and blank rows", async () => {
    const read = await readTargetWorkbook(
      await workbookOf([
        ['Ghi chú', 'Nhóm', 'Tên đơn vị', 'Loại kiểm tra', 'Xã, phường, thị trấn'],
        ['ưu tiên', 'Khối Ủy ban nhân dân cấp huyện', 'UBND huyện Tây Sơn', 'Toàn diện', 'Bình Tường'],
        [null, null, null, null, null],
        [null, 'Khối cơ quan thuộc tỉnh', 'Sở Công Thương', 'Chuyên đề', null],
      ]),
    );
    expect(read.fileIssues).toEqual([]);
    expect(read.rows).toEqual([
      {
        rowNumber: 2,
        unitName: 'UBND huyện Tây Sơn',
        unitCode: null,
        kind: 'Toàn diện',
        group: 'Khối Ủy ban nhân dân cấp huyện',
        subUnits: 'Bình Tường',
        teamName: null,
      },
      {
        rowNumber: 4,
        unitName: 'Sở Công Thương',
        unitCode: null,
        kind: 'Chuyên đề',
        group: 'Khối cơ quan thuộc tỉnh',
        subUnits: null,
        teamName: null,
      },
    ]);
  });

  it('refuses a file without the columns it needs once, not row by row', async () => {
    const read = await readTargetWorkbook(
      await workbookOf([
        ['Mã đơn vị', 'Tên đơn vị'],
        ['huyen-tay-son', 'UBND huyện Tây Sơn'],
      ]),
    );
    expect(read.rows).toEqual([]);
    expect(read.fileIssues).toEqual([
      expect.objectContaining({
        code: 'header_missing',
        message: expect.stringContaining('thiếu cột Loại kiểm tra, Nhóm đối tượng.'),
      }),
    ]);
  });

  it('refuses a file that is not an Excel workbook, saying what to send', async () => {
    const read = await readTargetWorkbook(Buffer.from('Đơn vị;Loại kiểm tra').toString('base64'));
    expect(read.fileIssues).toEqual([expect.objectContaining({ code: 'file_unreadable' })]);
    expect(read.fileIssues[0]?.message).toContain('.xlsx');
  });
});
