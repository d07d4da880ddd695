import type { DatabaseHandle } from '@kiemtra/db';
import { createTestDatabase } from '@kiemtra/db/testing';
import { checkPasswordPolicy, type ProvinceSetupInput } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { setUpProvince } from './set-up-province.js';

const QUANG_TRI: ProvinceSetupInput = {
  code: 'quang-tri',
  name: 'Tỉnh Quảng Trị',
  validFrom: '01/07/2025',
  admin: { username: 'quantri.qt', fullName: 'Lê Thị Hoa', position: 'Chuyên viên Sở Nội vụ' },
};

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const count = async (table: 'tenants' | 'users' | 'org_units') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('setUpProvince', () => {
  it('creates the province, its People’s Committee with Sở Nội vụ under it, and its system administrator', async () => {
    const result = await setUpProvince(database.db, QUANG_TRI, { hashPassword });
    const db = database.db;

    expect(await db.selectFrom('tenants').select(['id', 'name', 'place_name']).execute()).toEqual([
      { id: 'quang-tri', name: 'Tỉnh Quảng Trị', place_name: 'Quảng Trị' },
    ]);
    const units = await db
      .selectFrom('org_units')
      .select(['id', 'name', 'short_name', 'kind', 'valid_from'])
      .where('tenant_id', '=', 'quang-tri')
      .orderBy('kind', 'desc')
      .execute();
    expect(units.map(({ id: _, ...u }) => u)).toEqual([
      {
        name: 'Ủy ban nhân dân tỉnh Quảng Trị',
        short_name: 'UBND tỉnh Quảng Trị',
        kind: 'province',
        valid_from: '2025-07-01',
      },
      { name: 'Sở Nội vụ', short_name: 'SNV', kind: 'department', valid_from: '2025-07-01' },
    ]);
    const link = await db
      .selectFrom('org_unit_parents')
      .select(['org_unit_id', 'parent_id'])
      .where('tenant_id', '=', 'quang-tri')
      .execute();
    expect(link).toEqual([{ org_unit_id: result.homeAffairsUnitId, parent_id: result.committeeUnitId }]);

    const admin = await db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select([
        'username',
        'full_name',
        'position',
        'org_unit_id',
        'must_change_password',
        'role',
        'password_hash',
      ])
      .where('username', '=', 'quantri.qt')
      .executeTakeFirstOrThrow();
    expect(admin).toMatchObject({
      full_name: 'Lê Thị Hoa',
      position: 'Chuyên viên Sở Nội vụ',
      org_unit_id: result.homeAffairsUnitId,
      must_change_password: true,
      role: 'system_admin',
    });
    // Only the hash is kept; the temporary password satisfies the policy and opens the account.
    expect(admin.password_hash).not.toContain(result.temporaryPassword);
    expect(await verifyPassword(admin.password_hash, result.temporaryPassword)).toBe(true);
    expect(checkPasswordPolicy(result.temporaryPassword, { username: 'quantri.qt' }).ok).toBe(true);
  });

  it('writes the set-up to the audit log, attributed to the set-up', async () => {
    const entries = await database.db
      .selectFrom('audit_log')
      .select(['entity', 'actor_kind', 'actor_name'])
      .where('tenant_id', '=', 'quang-tri')
      .execute();
    expect(new Set(entries.map((e) => e.entity))).toEqual(
      new Set(['tenants', 'org_units', 'org_unit_parents', 'users', 'user_roles']),
    );
    expect(new Set(entries.map((e) => `${e.actor_kind}: ${e.actor_name}`))).toEqual(
      new Set(['system: Thiết lập tỉnh (pnpm kiemtra setup)']),
    );
  });

  it('refuses a second province with the same code and saves nothing of it', async () => {
    const before = await Promise.all([count('tenants'), count('users'), count('org_units')]);
    await expect(
      setUpProvince(
        database.db,
        { ...QUANG_TRI, name: 'Tỉnh Quảng Trị mới', admin: { ...QUANG_TRI.admin, username: 'khac' } },
        { hashPassword },
      ),
    ).rejects.toThrow(
      'Đã có tỉnh mã "quang-tri": mỗi tỉnh chỉ được thiết lập một lần. Không có thay đổi nào được lưu.',
    );
    expect(await Promise.all([count('tenants'), count('users'), count('org_units')])).toEqual(before);
  });

  it('refuses a username another account has, and saves no province', async () => {
    await expect(
      setUpProvince(database.db, { ...QUANG_TRI, code: 'hue', name: 'Thành phố Huế' }, { hashPassword }),
    ).rejects.toThrow('Tên đăng nhập "quantri.qt" đã được dùng; hãy chọn tên khác.');
    expect(await database.db.selectFrom('tenants').select('id').where('id', '=', 'hue').execute()).toEqual(
      [],
    );
  });

  it('refuses a bad input before touching the database', async () => {
    await expect(setUpProvince(database.db, { ...QUANG_TRI, code: 'Huế' }, { hashPassword })).rejects.toThrow(
      /Mã tỉnh gồm chữ thường không dấu/,
    );
  });
});
