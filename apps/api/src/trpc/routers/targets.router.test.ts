import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanInput, unitIds } from '../../testing/planning-fixtures.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
});
afterAll(async () => server?.close());

const HEADERS = ['Đơn vị', 'Mã đơn vị', 'Loại kiểm tra', 'Nhóm đối tượng', 'Đơn vị cấp xã', 'Đoàn kiểm tra'];

/** An .xlsx of target rows, as base64, built the way a person fills the template in. */
async function workbook(rows: (string | number | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đối tượng');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function targetCount(planId: string): Promise<number> {
  const rows = await server.database.db
    .selectFrom('targets')
    .select('id')
    .where('plan_id', '=', planId)
    .execute();
  return rows.length;
}

describe('targets picked from the org-unit tree', () => {
  it('adds a district with two of its communes, and one visit per unit', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const plan = await admin.targets.add.mutate({
      planId: draft.id,
      orgUnitId: unit('huyen-tay-son'),
      kind: 'comprehensive',
      group: 'district_comprehensive',
      subUnitIds: [unit('xa-binh-tuong'), unit('xa-tay-giang')],
    });
    expect(plan.targets).toHaveLength(1);
    expect(plan.targets[0]?.subUnits.map((s) => s.orgUnitName)).toEqual([
      'Ủy ban nhân dân xã Bình Tường',
      'Ủy ban nhân dân xã Tây Giang',
    ]);
    const visits = await server.database.db
      .selectFrom('inspections')
      .select('status')
      .where('plan_id', '=', draft.id)
      .execute();
    expect(visits.map((v) => v.status)).toEqual(['planned', 'planned', 'planned']);
  });

  it('refuses a district with one commune, or a commune of another district, with the reason', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const tooFew = await rejection(
      admin.targets.add.mutate({
        planId: draft.id,
        orgUnitId: unit('huyen-tay-son'),
        kind: 'comprehensive',
        group: 'district_comprehensive',
        subUnitIds: [unit('xa-binh-tuong')],
      }),
    );
    expect(tooFew.data?.httpStatus).toBe(422);
    expect(tooFew.message).toBe(
      'Ủy ban nhân dân huyện Tây Sơn có 1 đơn vị cấp xã được chọn; kế hoạch cho phép từ 2 đến 3.',
    );
    expect(tooFew.data?.issues?.[0]).toMatchObject({ code: 'sub_units_out_of_bounds', field: 'subUnits' });

    const foreign = await rejection(
      admin.targets.add.mutate({
        planId: draft.id,
        orgUnitId: unit('huyen-tay-son'),
        kind: 'comprehensive',
        group: 'district_comprehensive',
        subUnitIds: [unit('xa-binh-tuong'), unit('xa-cat-hanh')],
      }),
    );
    expect(foreign.data?.httpStatus).toBe(422);
    expect(foreign.message).toContain(
      'Ủy ban nhân dân xã Cát Hanh không thuộc Ủy ban nhân dân huyện Tây Sơn tại ngày 01/04/2025',
    );
    expect(await targetCount(draft.id)).toBe(0);
  });

  it('removes a target while it is not notified, and refuses a stale version with 409', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const plan = await admin.targets.add.mutate({
      planId: draft.id,
      orgUnitId: unit('so-cong-thuong'),
      kind: 'comprehensive',
      group: 'provincial_agencies',
    });
    const target = plan.targets[0];
    if (!target) throw new Error('no target');
    const stale = await rejection(admin.targets.remove.mutate({ targetId: target.id, expectedVersion: 7 }));
    expect(stale.data?.httpStatus).toBe(409);
    await admin.targets.remove.mutate({ targetId: target.id, expectedVersion: target.version });
    expect(await targetCount(draft.id)).toBe(0);
  });

  it('serves the import template with the Vietnamese headers', async () => {
    const admin = await server.signedIn('admin');
    const template = await admin.targets.importTemplate.query();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer);
    const header = book.worksheets[0]?.getRow(1).values;
    expect(Array.isArray(header) ? header.slice(1) : []).toEqual(HEADERS);
  });
});

describe('targets imported from Excel', () => {
  const goodRows = (): (string | number | null)[][] => [
    ['Sở Công Thương', null, 'Toàn diện', 'Khối cơ quan thuộc tỉnh', null, null],
    [
      'Ủy ban nhân dân huyện Tây Sơn',
      null,
      'Toàn diện',
      'Khối Ủy ban nhân dân cấp huyện',
      'Ủy ban nhân dân xã Bình Tường; Ủy ban nhân dân xã Tây Giang',
      null,
    ],
    [
      null,
      'huyen-phu-cat',
      'Chuyên đề',
      'Kiểm tra chuyên đề công tác giải quyết thủ tục hành chính',
      'Ủy ban nhân dân xã Cát Hanh; Ủy ban nhân dân xã Cát Tân; Ủy ban nhân dân thị trấn Ngô Mây',
      null,
    ],
  ];

  it('previews every row with its verdict, refuses to commit while errors remain, then commits the corrected file', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const bad = await workbook([
      ...goodRows(),
      ['Sở Không Có', null, 'Toàn diện', 'Khối cơ quan thuộc tỉnh', null, null],
      [
        'Ủy ban nhân dân huyện Tuy Phước',
        null,
        'Toàn diện',
        'Khối Ủy ban nhân dân cấp huyện',
        'Ủy ban nhân dân xã Phước Thuận',
        null,
      ],
      [
        'Sở Nông nghiệp và Phát triển nông thôn',
        null,
        'Kiểm tra tận nơi',
        'Khối cơ quan thuộc tỉnh',
        null,
        'Đoàn số 9',
      ],
    ]);

    const preview = await admin.targets.importPreview.mutate({ planId: draft.id, fileBase64: bad });
    expect(preview.canSave).toBe(false);
    expect(preview.rows.map((r) => [r.rowNumber, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, true],
      [5, false],
      [6, false],
      [7, false],
    ]);
    const errorsOf = (row: number) =>
      preview.rows.find((r) => r.rowNumber === row)?.errors.map((e) => e.code);
    expect(errorsOf(5)).toEqual(['unit_not_found']);
    expect(errorsOf(6)).toEqual(['sub_units_out_of_bounds']);
    expect(errorsOf(7)).toEqual(['kind_invalid', 'team_not_found']);
    expect(preview.rows.find((r) => r.rowNumber === 5)?.errors[0]?.message).toBe(
      "Dòng 5, cột Đơn vị: không tìm thấy đơn vị 'Sở Không Có' trong danh mục tại ngày 01/04/2025.",
    );
    expect(await targetCount(draft.id)).toBe(0);

    const refused = await rejection(admin.targets.importCommit.mutate({ planId: draft.id, fileBase64: bad }));
    expect(refused.data?.httpStatus).toBe(422);
    expect(refused.message).toContain('Tệp còn 4 lỗi; chưa lưu đối tượng nào.');
    expect(refused.data?.issues?.map((i) => i.code)).toContain('kind_invalid');
    expect(await targetCount(draft.id)).toBe(0);

    const fixed = await workbook(goodRows());
    expect((await admin.targets.importPreview.mutate({ planId: draft.id, fileBase64: fixed })).canSave).toBe(
      true,
    );
    const committed = await admin.targets.importCommit.mutate({ planId: draft.id, fileBase64: fixed });
    expect(committed.saved).toBe(3);
    const plan = await admin.plans.forEditing.query({ planId: draft.id });
    expect(plan.targets.map((t) => [t.orgUnitName, t.subUnits.length])).toEqual([
      ['Sở Công Thương', 0],
      ['Ủy ban nhân dân huyện Tây Sơn', 2],
      ['Ủy ban nhân dân huyện Phù Cát', 3],
    ]);
  });

  it('leaves the database unchanged when a row fails midway through the commit', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    await admin.targets.add.mutate({
      planId: draft.id,
      orgUnitId: unit('so-nong-nghiep'),
      kind: 'comprehensive',
      group: 'provincial_agencies',
    });
    const before = await admin.plans.forEditing.query({ planId: draft.id });
    // Valid as a file, but its last row repeats a target the plan already has: the insert of that
    // row fails after the first rows were written, inside the one transaction.
    const file = await workbook([
      ...goodRows(),
      [null, 'so-nong-nghiep', 'Toàn diện', 'Khối cơ quan thuộc tỉnh', null, null],
    ]);
    const error = await rejection(admin.targets.importCommit.mutate({ planId: draft.id, fileBase64: file }));
    expect(error.data?.httpStatus).toBe(409);
    expect(error.message).toContain('không có thay đổi nào được lưu');
    const after = await admin.plans.forEditing.query({ planId: draft.id });
    expect(after.targets).toEqual(before.targets);
    expect(after.version).toBe(before.version);
    const visits = await server.database.db
      .selectFrom('inspections')
      .select('id')
      .where('plan_id', '=', draft.id)
      .execute();
    expect(visits).toHaveLength(1);
  });

  it('refuses a file that is not an .xlsx, or one larger than 2 MB', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const notExcel = await admin.targets.importPreview.mutate({
      planId: draft.id,
      fileBase64: Buffer.from('Đây không phải tệp Excel').toString('base64'),
    });
    expect(notExcel.canSave).toBe(false);
    expect(notExcel.fileIssues[0]?.message).toContain('hãy gửi tệp Excel dạng .xlsx');
    const huge = await rejection(
      admin.targets.importPreview.mutate({ planId: draft.id, fileBase64: 'A'.repeat(2_900_000) }),
    );
    expect(huge.data?.httpStatus).toBe(400);
    expect(huge.message).toContain('Tệp quá lớn: tệp danh sách đối tượng tối đa 2 MB.');
  });
});
