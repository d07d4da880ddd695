import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFORM_BASIS, registerWorkbookBase64 } from '../../../testing/register-workbook.js';
import { rejection } from '../../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const province = { name: 'Ủy ban nhân dân tỉnh Gia Lai', kind: 'Tỉnh', adminCode: '64', ...REFORM_BASIS };
const ward = {
  name: 'Ủy ban nhân dân phường Quy Nhơn',
  kind: 'Phường',
  adminCode: '21550',
  parent: 'Ủy ban nhân dân tỉnh Gia Lai',
  ...REFORM_BASIS,
};
const badWard = {
  ...ward,
  name: 'Ủy ban nhân dân phường Quy Nhơn Nam',
  adminCode: '21553',
  parent: 'Ủy ban nhân dân tỉnh Kon Tum',
};
const dept = {
  name: 'Sở Nội vụ tỉnh Gia Lai',
  kind: 'Sở',
  electronicId: '000.00.12.H64',
  parent: '64',
  ...REFORM_BASIS,
};

const unitCount = async () =>
  Number(
    (
      await server.database.db
        .selectFrom('org_units')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('orgUnits.import: preview, then commit only a file without errors', () => {
  it('shows every row with its verdict and saves nothing while an error remains', async () => {
    const admin = await server.signedIn('quantri');
    const before = await unitCount();
    const file = await registerWorkbookBase64([province, ward, badWard, dept]);
    const preview = await admin.orgUnits.import.preview.mutate({ fileBase64: file });
    expect(preview.canSave).toBe(false);
    expect(preview.rows.map((r) => [r.rowNumber, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, true],
    ]);
    expect(preview.rows[2]?.errors.map((e) => [e.code, e.field])).toEqual([['parent_not_found', 'parent']]);
    const refused = await rejection(admin.orgUnits.import.commit.mutate({ fileBase64: file }));
    expect(refused.data?.httpStatus).toBe(422);
    expect(refused.message).toContain('Tệp còn 1 lỗi; chưa lưu đơn vị nào.');
    expect(await unitCount()).toBe(before);
  });

  it('saves the fixed file in one go, with parents from rows above, and refuses it the second time', async () => {
    const admin = await server.signedIn('quantri');
    const before = await unitCount();
    const file = await registerWorkbookBase64([
      province,
      ward,
      { ...badWard, parent: 'Ủy ban nhân dân tỉnh Gia Lai' },
      dept,
    ]);
    const { saved } = await admin.orgUnits.import.commit.mutate({ fileBase64: file });
    expect(saved).toBe(4);
    expect(await unitCount()).toBe(before + 4);
    const register = await admin.orgUnits.register.query({ asAt: '2025-07-01' });
    expect(register.units.find((u) => u.adminCode === '21553')).toMatchObject({
      parentName: 'Ủy ban nhân dân tỉnh Gia Lai',
      kindLabel: 'Xã, phường, đặc khu',
      communeTypeLabel: 'Phường',
    });
    const dept2025 = register.units.find((u) => u.electronicId === '000.00.12.H64');
    const detail = await admin.orgUnits.detail.query({ unitId: dept2025?.id ?? '', asAt: '2025-07-01' });
    expect(detail.changes[0]?.basis).toMatchObject({
      number: '1664/NQ-UBTVQH15',
      date: '2025-06-16',
      kindLabel: 'Nghị quyết',
    });
    const again = await admin.orgUnits.import.preview.mutate({ fileBase64: file });
    expect(again.rows.flatMap((r) => r.errors.map((e) => e.code))).toEqual(
      expect.arrayContaining(['admin_code_duplicate', 'electronic_id_duplicate']),
    );
    expect(again.canSave).toBe(false);
  });

  it('refuses a file that is not a workbook or lacks the needed columns, once', async () => {
    const admin = await server.signedIn('quantri');
    const notXlsx = await admin.orgUnits.import.preview.mutate({
      fileBase64: Buffer.from('không phải excel').toString('base64'),
    });
    expect(notXlsx.fileIssues.map((i) => i.code)).toEqual(['file_unreadable']);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRow(['Tên đơn vị', 'Loại đơn vị']);
    const headerOnly = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const missing = await admin.orgUnits.import.preview.mutate({ fileBase64: headerOnly });
    expect(missing.fileIssues[0]?.message).toContain('thiếu cột Ngày hiệu lực');
    expect(missing.canSave).toBe(false);
  });

  it('gives the template, whose example rows pass the preview on an empty register', async () => {
    const admin = await server.signedIn('quantri');
    const template = await admin.orgUnits.import.template.query();
    expect(template.fileName).toBe('mau-danh-muc-co-quan-don-vi.xlsx');
    const preview = await admin.orgUnits.import.preview.mutate({ fileBase64: template.base64 });
    expect(preview.rows).toHaveLength(3);
    // The examples use the codes the fixed file above already took: the preview says so, row by row.
    expect(preview.rows.every((r) => r.ok || r.errors.every((e) => e.code.endsWith('_duplicate')))).toBe(
      true,
    );
  });

  it('refuses the import to anyone but the register administrator', async () => {
    const file = await registerWorkbookBase64([province]);
    for (const username of ['lanhdao', 'noivu.tayson']) {
      const other = await server.signedIn(username);
      expect(
        (await rejection(other.orgUnits.import.preview.mutate({ fileBase64: file }))).data?.httpStatus,
      ).toBe(403);
      expect(
        (await rejection(other.orgUnits.import.commit.mutate({ fileBase64: file }))).data?.httpStatus,
      ).toBe(403);
      expect((await rejection(other.orgUnits.import.template.query())).data?.httpStatus).toBe(403);
    }
  });
});
