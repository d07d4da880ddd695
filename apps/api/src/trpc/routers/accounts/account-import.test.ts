import { ACCOUNT_IMPORT_COLUMNS, type AccountImportColumn } from '@kiemtra/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetWorkbookBase64 } from '../../../testing/register-workbook.js';
import { rejection } from '../../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => server?.close());

const list = (rows: readonly Partial<Record<AccountImportColumn, string>>[]) =>
  sheetWorkbookBase64<AccountImportColumn>(ACCOUNT_IMPORT_COLUMNS, rows);
const good = {
  fullName: 'Phan Thị Hoa',
  username: 'hoa.daumoi',
  email: 'hoa@binhtuong.gov.vn',
  position: 'Công chức Văn phòng',
  unit: 'Ủy ban nhân dân xã Bình Tường',
};
const countOf = async (username: string) =>
  Number(
    (
      await server.database.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('accounts.import: the units’ focal officers from an Excel list', () => {
  it('offers a template whose header the import reads', async () => {
    const admin = await server.signedIn('quantri');
    const template = await admin.accounts.import.template.query();
    expect(template.fileName).toBe('mau-danh-sach-tai-khoan.xlsx');
    const preview = await admin.accounts.import.preview.mutate({ fileBase64: template.base64 });
    expect(preview.fileIssues).toEqual([]);
    expect(preview.rows.length).toBe(2);
  });

  it('shows every row with its errors and saves nothing while one remains', async () => {
    const admin = await server.signedIn('quantri');
    const fileBase64 = await list([good, { ...good, username: 'quantri', unit: 'Sở Không Có' }]);
    const preview = await admin.accounts.import.preview.mutate({ fileBase64 });
    expect(preview.canSave).toBe(false);
    expect(preview.errorCount).toBe(2);
    expect(preview.rows[0]).toMatchObject({ rowNumber: 2, ok: true, account: { username: 'hoa.daumoi' } });
    expect(preview.rows[1]?.errors.map((e) => e.code)).toEqual(['username_taken', 'unit_not_found']);
    const refused = await rejection(admin.accounts.import.commit.mutate({ fileBase64 }));
    expect(refused.message).toContain('Tệp còn 2 lỗi; chưa tạo tài khoản nào.');
    expect(await countOf('hoa.daumoi')).toBe(0);
  });

  it('refuses a file that is not a workbook, or whose header lacks a column, naming it', async () => {
    const admin = await server.signedIn('quantri');
    const garbage = await admin.accounts.import.preview.mutate({ fileBase64: 'AAAA' });
    expect(garbage.fileIssues.map((i) => i.code)).toEqual(['file_unreadable']);
    const noUnit = await admin.accounts.import.preview.mutate({
      fileBase64: await sheetWorkbookBase64<'fullName' | 'username'>(
        { fullName: 'Họ và tên', username: 'Tên đăng nhập' },
        [{ fullName: good.fullName, username: good.username }],
      ),
    });
    expect(noUnit.fileIssues[0]?.message).toContain('thiếu cột Đơn vị');
    expect((await rejection(admin.accounts.import.commit.mutate({ fileBase64: 'AAAA' }))).message).toContain(
      'chưa tạo tài khoản nào',
    );
  });

  it('creates every account acting for its unit, with temporary passwords shown once and as a workbook', async () => {
    const admin = await server.signedIn('quantri');
    const fileBase64 = await list([
      good,
      { ...good, fullName: 'Võ Văn Tư', username: 'tu.daumoi', email: '' },
    ]);
    const saved = await admin.accounts.import.commit.mutate({ fileBase64 });
    expect(saved.accounts.map((a) => a.username)).toEqual(['hoa.daumoi', 'tu.daumoi']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved.workbook.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).getCell(3).text).toBe('hoa.daumoi');
    expect(sheet?.getRow(2).getCell(4).text).toBe(saved.accounts[0]?.temporaryPassword);

    const first = saved.accounts[0];
    if (!first) throw new Error('no account');
    const officer = await server.signedIn(first.username, first.temporaryPassword);
    const me = await officer.auth.me.query();
    expect(me).toMatchObject({ roles: ['unit_reporter'], orgUnitName: 'Ủy ban nhân dân xã Bình Tường' });
    // A temporary password: nothing but changing it until it is changed.
    expect((await rejection(officer.inspections.todo.query())).data?.code).toBe('FORBIDDEN');
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select('reason')
      .where('entity', '=', 'users')
      .where('actor_name', '=', 'Võ Minh Tuấn')
      .where('reason', '=', 'Tạo tài khoản từ danh sách Excel')
      .execute();
    expect(audit.length).toBe(2);

    // Sent again (a retry), the list is refused row by row: nobody is created twice.
    const again = await rejection(admin.accounts.import.commit.mutate({ fileBase64 }));
    expect(again.message).toContain('đã có tài khoản');
    expect(await countOf('hoa.daumoi')).toBe(1);
  });

  it('is the system administrator’s alone', async () => {
    const planAdmin = await server.signedIn('admin');
    expect((await rejection(planAdmin.accounts.import.template.query())).data?.code).toBe('FORBIDDEN');
  });
});
