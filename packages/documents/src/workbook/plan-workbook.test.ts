import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planWorkbookSample } from '../testing/sample-inputs.js';
import { planWorkbookXlsx } from './plan-workbook.js';

async function open(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const rows = (ws: ExcelJS.Worksheet | undefined) => {
  const out: unknown[][] = [];
  ws?.eachRow((row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
};

describe("the Excel workbook of a plan's state", () => {
  it('has a sheet each for the plan, targets, deadlines, findings by kind, the findings and the recommendations', async () => {
    const book = await open(await planWorkbookXlsx(planWorkbookSample()));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Kế hoạch',
      'Đối tượng kiểm tra',
      'Thời hạn',
      'Phát hiện theo loại',
      'Danh sách phát hiện',
      'Kiến nghị',
    ]);
  });

  it('writes the plan, its window dd/mm/yyyy and expected against actual targets', async () => {
    const overview = rows(
      (await open(await planWorkbookXlsx(planWorkbookSample()))).getWorksheet('Kế hoạch'),
    );
    expect(overview).toContainEqual(['Kiểm tra từ ngày', day('2024-04-01')]);
    expect(overview).toContainEqual(['Kiểm tra đến ngày', day('2024-09-30')]);
    expect(overview).toContainEqual(['Số đối tượng dự kiến', 22]);
    expect(overview).toContainEqual(['Số đối tượng thực tế (kể cả cấp xã)', 2]);
    expect(overview).toContainEqual(['Số cuộc kiểm tra (kể cả cấp xã)', 2]);
  });

  it('lists each visit of a target, every deadline with its state, and counts findings by kind', async () => {
    const book = await open(await planWorkbookXlsx(planWorkbookSample()));
    expect(rows(book.getWorksheet('Đối tượng kiểm tra'))[2]).toEqual([
      1,
      'UBND huyện Tây Sơn',
      'Kiểm tra toàn diện',
      'Khối Ủy ban nhân dân cấp huyện',
      'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
      'UBND xã Bình Tường',
      day('2024-06-05'),
      day('2024-06-05'),
      'Trụ sở',
      'Đã thông báo',
    ]);
    expect(rows(book.getWorksheet('Thời hạn'))[1]).toEqual([
      'UBND huyện Tây Sơn',
      'Thông báo lịch kiểm tra',
      day('2024-05-21'),
      day('2024-05-20'),
      'Đúng hạn',
    ]);
    const byKind = rows(book.getWorksheet('Phát hiện theo loại'));
    expect(byKind[0]).toEqual([
      'Đơn vị',
      'Mặt đạt được',
      'Tồn tại, hạn chế',
      'Vi phạm',
      'Vi phạm ít nghiêm trọng',
      'Vi phạm nghiêm trọng',
      'Vi phạm rất nghiêm trọng',
    ]);
    expect(byKind[1]).toEqual(['UBND huyện Tây Sơn', 0, 1, 1, 0, 1, 0]);
    expect(byKind.at(-1)).toEqual(['Tổng cộng', 0, 1, 1, 0, 1, 0]);
  });

  it('gives each recommendation its state in words and flags the overdue ones', async () => {
    const book = await open(await planWorkbookXlsx(planWorkbookSample()));
    expect(rows(book.getWorksheet('Kiến nghị'))[1]).toEqual([
      'UBND huyện Tây Sơn',
      'Số hóa kết quả giải quyết TTHC',
      'Văn phòng HĐND và UBND huyện',
      day('2024-09-30'),
      'Chưa báo cáo khắc phục',
      'Có',
    ]);
  });

  it('sets the cells in Times New Roman and freezes the header row', async () => {
    const ws = (await open(await planWorkbookXlsx(planWorkbookSample()))).getWorksheet('Kiến nghị');
    expect(ws?.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(ws?.getCell('B2').font).toMatchObject({ name: 'Times New Roman' });
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('stores dates as dates shown dd/mm/yyyy, ruled, and fills the overdue rows', async () => {
    const book = await open(await planWorkbookXlsx(planWorkbookSample()));
    const recs = book.getWorksheet('Kiến nghị');
    expect(recs?.getCell('D2').value).toEqual(day('2024-09-30'));
    expect(recs?.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    expect(recs?.getCell('A2').border?.bottom?.style).toBe('thin');
    expect(recs?.getCell('A1').border?.top?.style).toBe('thin');
    expect(recs?.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const deadlines = book.getWorksheet('Thời hạn');
    expect(deadlines?.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    // The deadline met on time is not filled.
    expect(deadlines?.getCell('A2').fill).not.toMatchObject({ pattern: 'solid' });
  });

  it('prints every sheet on A4 landscape, fitted to the width, the header row on every page', async () => {
    const book = await open(await planWorkbookXlsx(planWorkbookSample()));
    for (const ws of book.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
    }
  });
});
