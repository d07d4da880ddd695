import { randomUUID } from 'node:crypto';
import type { OrgUnitCreateInput } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIds } from '../../testing/planning-fixtures.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
});
afterAll(async () => server?.close());

const basis = {
  kind: 'resolution' as const,
  number: '1664/NQ-UBTVQH15',
  date: '2025-06-16',
  issuer: 'Ủy ban Thường vụ Quốc hội',
};
const newProvince = (overrides: Partial<OrgUnitCreateInput> = {}): OrgUnitCreateInput => ({
  requestId: randomUUID(),
  name: 'Ủy ban nhân dân tỉnh Gia Lai',
  shortName: 'UBND tỉnh Gia Lai',
  kind: 'province',
  adminCode: '64',
  electronicId: '000.00.00.H64',
  parentId: null,
  effectiveFrom: '2025-07-01',
  basis,
  ...overrides,
});

describe('orgUnits: the register kept by its administrator', () => {
  it('creates a unit with its codes and legal basis, once even when the call is retried', async () => {
    const admin = await server.signedIn('quantri');
    const input = newProvince();
    const created = await admin.orgUnits.create.mutate(input);
    expect(created.unit).toMatchObject({
      name: 'Ủy ban nhân dân tỉnh Gia Lai',
      adminCode: '64',
      electronicId: '000.00.00.H64',
      kindLabel: 'Tỉnh, thành phố trực thuộc Trung ương',
    });
    expect(created.changes).toEqual([
      expect.objectContaining({
        change: 'created',
        effectiveFrom: '2025-07-01',
        basis: expect.objectContaining({ number: '1664/NQ-UBTVQH15', kindLabel: 'Nghị quyết' }),
      }),
    ]);
    const again = await admin.orgUnits.create.mutate(input);
    expect(again.unit.id).toBe(created.unit.id);
    const count = await server.database.db
      .selectFrom('org_units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('admin_code', '=', '64')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_name', 'reason'])
      .where('entity', '=', 'org_unit_changes')
      .execute();
    expect(audit.at(-1)).toEqual({
      actor_name: 'Võ Minh Tuấn',
      reason: 'Cập nhật danh mục cơ quan, đơn vị',
    });
  });

  it('refuses a malformed code, a taken code and a district after the reform, each beside its field', async () => {
    const admin = await server.signedIn('quantri');
    const error = await rejection(
      admin.orgUnits.create.mutate(newProvince({ adminCode: '64', electronicId: '00.00.H64' })),
    );
    expect(error.data?.httpStatus).toBe(422);
    expect(error.data?.issues?.map((i) => [i.code, i.field])).toEqual([
      ['admin_code_duplicate', 'adminCode'],
      ['electronic_id_invalid', 'electronicId'],
    ]);
    const district = await rejection(
      admin.orgUnits.create.mutate(
        newProvince({
          kind: 'district',
          name: 'UBND huyện Mới',
          adminCode: null,
          electronicId: null,
          parentId: unit('tinh-binh-dinh'),
        }),
      ),
    );
    expect(district.data?.issues?.map((i) => i.code)).toEqual([
      'kind_not_existing_on_date',
      'parent_not_existing_on_date',
    ]);
    const badInput = await rejection(
      admin.orgUnits.create.mutate(newProvince({ name: ' ', basis: { ...basis, number: 'NQ 1664' } })),
    );
    expect(badInput.data?.httpStatus).toBe(400);
    expect(badInput.data?.issues?.map((i) => i.path)).toEqual(['name', 'basis.number']);
  });

  it('lets only the register administrator change it', async () => {
    for (const username of ['lanhdao', 'noivu.tayson', 'truongdoan', 'sct']) {
      const other = await server.signedIn(username);
      const error = await rejection(
        other.orgUnits.create.mutate(newProvince({ adminCode: '65', electronicId: null })),
      );
      expect(error.data?.httpStatus, username).toBe(403);
      expect(error.message).toBe('Bạn không có quyền cập nhật danh mục cơ quan, đơn vị.');
    }
    const anonymous = await rejection(
      server.anonymous.orgUnits.rename.mutate({
        unitId: unit('so-noi-vu'),
        expectedVersion: 1,
        name: 'X',
        shortName: null,
        effectiveFrom: '2026-01-01',
        basis,
      }),
    );
    expect(anonymous.data?.httpStatus).toBe(401);
    const reader = await server.signedIn('sct');
    const register = await reader.orgUnits.register.query({ asAt: '2024-06-01' });
    expect(register.units.find((u) => u.code === 'xa-binh-tuong')).toMatchObject({
      kindLabel: 'Xã, phường, thị trấn',
      parentName: 'Ủy ban nhân dân huyện Tây Sơn',
      communeTypeLabel: 'Xã',
    });
  });

  it('renames from a date on: the 2024 plan still reads the 2024 name', async () => {
    const admin = await server.signedIn('quantri');
    const before = await admin.orgUnits.detail.query({ unitId: unit('xa-binh-tuong'), asAt: '2024-06-01' });
    const moved = await admin.orgUnits.reparent.mutate({
      unitId: unit('xa-binh-tuong'),
      expectedVersion: before.unit.version,
      parentId:
        (await admin.orgUnits.register.query({ asAt: '2025-07-01' })).units.find((u) => u.adminCode === '64')
          ?.id ?? '',
      effectiveFrom: '2025-07-01',
      basis,
    });
    expect(moved.unit.parentName).toBe('Ủy ban nhân dân tỉnh Gia Lai');
    const renamed = await admin.orgUnits.rename.mutate({
      unitId: unit('xa-binh-tuong'),
      expectedVersion: moved.unit.version,
      name: 'Ủy ban nhân dân xã Bình Tường mới',
      shortName: null,
      effectiveFrom: '2025-08-01',
      basis: { kind: 'decision', number: '125/QĐ-UBND', date: '2025-07-20', issuer: 'UBND tỉnh Gia Lai' },
    });
    expect(renamed.unit.name).toBe('Ủy ban nhân dân xã Bình Tường mới');
    expect(renamed.names.map((n) => n.name)).toEqual([
      'Ủy ban nhân dân xã Bình Tường',
      'Ủy ban nhân dân xã Bình Tường mới',
    ]);
    expect(
      renamed.changes.map((c) => [c.changeLabel, c.fromName ?? c.fromParentName, c.toName ?? c.toParentName]),
    ).toEqual([
      ['Chuyển đơn vị cấp trên', 'Ủy ban nhân dân huyện Tây Sơn', 'Ủy ban nhân dân tỉnh Gia Lai'],
      ['Đổi tên', 'Ủy ban nhân dân xã Bình Tường', 'Ủy ban nhân dân xã Bình Tường mới'],
    ]);
    const tree2024 = await admin.orgUnits.tree.query({ asAt: '2024-06-01' });
    const names2024 = JSON.stringify(tree2024);
    expect(names2024).toContain('Ủy ban nhân dân xã Bình Tường"');
    expect(names2024).not.toContain('Bình Tường mới');
    // The 2024 plan lists the commune under the name it bore in 2024.
    const plan2024 = (await admin.plans.list.query()).find((p) => p.year === 2024);
    const edited = await admin.plans.forEditing.query({ planId: plan2024?.id ?? '' });
    const subNames = edited.targets.flatMap((t) => t.subUnits.map((s) => s.orgUnitName));
    expect(subNames).toContain('Ủy ban nhân dân xã Bình Tường');
    expect(subNames.join()).not.toContain('Bình Tường mới');
    const stale = await rejection(
      admin.orgUnits.rename.mutate({
        unitId: unit('xa-binh-tuong'),
        expectedVersion: moved.unit.version,
        name: 'Tên khác',
        shortName: null,
        effectiveFrom: '2025-09-01',
        basis,
      }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    const past = await rejection(
      admin.orgUnits.rename.mutate({
        unitId: unit('xa-binh-tuong'),
        expectedVersion: renamed.unit.version,
        name: 'Tên khác',
        shortName: null,
        effectiveFrom: '2025-07-15',
        basis,
      }),
    );
    expect(past.data?.issues?.map((i) => [i.code, i.field])).toEqual([
      ['date_not_after_last_change', 'effectiveFrom'],
    ]);
  });

  it('closes a unit only once nothing hangs under it, and never the same version twice', async () => {
    const admin = await server.signedIn('quantri');
    const register = await admin.orgUnits.register.query({ asAt: '2025-08-01' });
    const province = register.units.find((u) => u.adminCode === '64');
    if (!province) throw new Error('the province made above is missing');
    const refused = await rejection(
      admin.orgUnits.close.mutate({
        unitId: province.id,
        expectedVersion: province.version,
        effectiveFrom: '2026-01-01',
        basis,
      }),
    );
    expect(refused.data?.httpStatus).toBe(422);
    expect(refused.data?.issues?.[0]?.code).toBe('children_still_attached');
    const commune = register.units.find((u) => u.code === 'xa-binh-tuong');
    if (!commune) throw new Error('the commune moved above is missing');
    const closed = await admin.orgUnits.close.mutate({
      unitId: commune.id,
      expectedVersion: commune.version,
      effectiveFrom: '2026-01-01',
      basis,
    });
    expect(closed.existsOnDate).toBe(false);
    expect(closed.unit.validTo).toBe('2025-12-31');
    const still = await admin.orgUnits.detail.query({ unitId: commune.id, asAt: '2025-12-31' });
    expect(still.unit.parentName).toBe('Ủy ban nhân dân tỉnh Gia Lai');
    const notFound = await rejection(
      admin.orgUnits.detail.query({ unitId: randomUUID(), asAt: '2025-12-31' }),
    );
    expect(notFound.data?.httpStatus).toBe(404);
  });

  it("corrects a unit's codes, refusing one another unit has", async () => {
    const admin = await server.signedIn('quantri');
    const snv = await admin.orgUnits.detail.query({ unitId: unit('so-noi-vu'), asAt: '2024-06-01' });
    const saved = await admin.orgUnits.setCodes.mutate({
      unitId: snv.unit.id,
      expectedVersion: snv.unit.version,
      adminCode: null,
      electronicId: ' 000.00.12.h52 ',
    });
    expect(saved.unit.electronicId).toBe('000.00.12.H52');
    const taken = await rejection(
      admin.orgUnits.setCodes.mutate({
        unitId: unit('so-tu-phap'),
        expectedVersion: 1,
        adminCode: null,
        electronicId: '000.00.12.H52',
      }),
    );
    expect(taken.data?.issues?.map((i) => i.code)).toEqual(['electronic_id_duplicate']);
  });
});
