import { describe, expect, it } from 'vitest';
import { accountCreateInput, accountListInput, accountUpdateInput } from './account.schemas.js';

const valid = {
  username: '  Nguyen.Van.A ',
  fullName: '  Nguyễn   Văn A ',
  email: 'A@BinhDinh.gov.vn',
  position: '',
  orgUnitId: '00000000-0000-4000-8000-000000000001',
  roles: ['inspector', 'inspector'],
};
const messagesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the account schemas', () => {
  it('normalises what a person types', () => {
    expect(accountCreateInput.parse(valid)).toEqual({
      username: 'nguyen.van.a',
      fullName: 'Nguyễn Văn A',
      email: 'a@binhdinh.gov.vn',
      position: null,
      orgUnitId: valid.orgUnitId,
      roles: ['inspector'],
      actingUnitId: null,
    });
  });

  it('answers each bad field in Vietnamese, beside it', () => {
    const result = accountCreateInput.safeParse({
      ...valid,
      username: 'lê văn',
      fullName: ' ',
      email: 'không-phải-thư',
      orgUnitId: 'x',
      roles: ['chief'],
    });
    const messages = messagesOf(result);
    expect(messages.username).toContain('Tên đăng nhập dài 3–40 ký tự');
    expect(messages.fullName).toBe('Hãy nhập họ và tên.');
    expect(messages.email).toContain('thư điện tử chưa đúng dạng');
    expect(messages.orgUnitId).toBe('Hãy chọn đơn vị công tác.');
    expect(messages['roles.0']).toContain('Vai trò không có');
  });

  it('bounds every text and list', () => {
    const messages = messagesOf(
      accountCreateInput.safeParse({
        ...valid,
        username: 'a'.repeat(41),
        fullName: 'A'.repeat(121),
        email: `${'a'.repeat(250)}@x.vn`,
        position: 'B'.repeat(201),
        roles: Array.from({ length: 9 }, () => 'inspector'),
      }),
    );
    expect(Object.keys(messages).sort()).toEqual(['email', 'fullName', 'position', 'roles', 'username']);
  });

  it('takes the version of the account edited', () => {
    const { username: _u, ...fields } = valid;
    const result = accountUpdateInput.safeParse({
      ...fields,
      accountId: valid.orgUnitId,
      expectedVersion: 0,
    });
    expect(messagesOf(result).expectedVersion).toBe('Số phiên bản phải từ 1 trở lên.');
  });

  it('reads the list filters with defaults and bounds', () => {
    expect(accountListInput.parse({})).toEqual({ q: null, unitId: null, role: null, status: 'all', page: 1 });
    expect(accountListInput.safeParse({ page: 10_001 }).success).toBe(false);
    expect(accountListInput.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
  });
});
