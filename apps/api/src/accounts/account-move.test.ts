import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIds } from '../testing/planning-fixtures.js';
import { rejection } from '../testing/rejection.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// Huyện Tây Sơn ceased on 30/06/2025; its two accounts (tayson, noivu.tayson) move to a successor.
let server: TestServer;
let unit: (code: string) => string;
let xaTaySon: string;
const basis = {
  kind: 'resolution' as const,
  number: '1664/NQ-UBTVQH15',
  date: '2025-06-16',
  issuer: 'Ủy ban Thường vụ Quốc hội',
};
beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date('2025-07-02T03:00:00Z') } });
  unit = await unitIds(server);
  const admin = await server.signedIn('quantri');
  const province = await admin.orgUnits.create.mutate({
    requestId: randomUUID(),
    name: 'Ủy ban nhân dân tỉnh Gia Lai',
    kind: 'province',
    communeType: null,
    parentId: null,
    effectiveFrom: '2025-07-01',
    basis,
  });
  const commune = await admin.orgUnits.create.mutate({
    requestId: randomUUID(),
    name: 'Ủy ban nhân dân xã Tây Sơn',
    kind: 'commune',
    communeType: 'xa',
    parentId: province.unit.id,
    effectiveFrom: '2025-07-01',
    basis,
  });
  xaTaySon = commune.unit.id;
  const district = await admin.orgUnits.detail.query({ unitId: unit('huyen-tay-son'), asAt: '2025-06-30' });
  await admin.orgUnits.nameSuccessors.mutate({
    unitId: unit('huyen-tay-son'),
    expectedVersion: district.unit.version,
    successorIds: [xaTaySon],
    basis,
  });
});
afterAll(async () => server?.close());

const usersAt = async (unitId: string) =>
  (
    await server.database.db
      .selectFrom('users')
      .select('username')
      .where('org_unit_id', '=', unitId)
      .orderBy('username')
      .execute()
  ).map((u) => u.username);

describe('accounts.moveToSuccessor', () => {
  it('refuses a unit that is not a successor, beside the field, and moves nothing', async () => {
    const admin = await server.signedIn('quantri');
    const refused = await rejection(
      admin.accounts.moveToSuccessor.mutate({
        fromUnitId: unit('huyen-tay-son'),
        toUnitId: unit('xa-binh-tuong'),
      }),
    );
    expect(refused.data?.httpStatus).toBe(422);
    expect(refused.data?.issues?.[0]).toMatchObject({ code: 'not_a_successor', field: 'toUnitId' });
    expect(refused.message).toContain(
      'không phải là đơn vị kế thừa của Ủy ban nhân dân huyện Tây Sơn tại ngày 02/07/2025',
    );
    expect(await usersAt(unit('huyen-tay-son'))).toEqual(['noivu.tayson', 'tayson']);
  });

  it('refuses to move the accounts of a unit still at work', async () => {
    const admin = await server.signedIn('quantri');
    const refused = await rejection(
      admin.accounts.moveToSuccessor.mutate({ fromUnitId: unit('xa-binh-tuong'), toUnitId: xaTaySon }),
    );
    expect(refused.data?.issues?.[0]?.code).toBe('unit_not_ceased');
  });

  it('moves every account of the ceased district to its successor in one step, audited; a retry moves none', async () => {
    const admin = await server.signedIn('quantri');
    const moved = await admin.accounts.moveToSuccessor.mutate({
      fromUnitId: unit('huyen-tay-son'),
      toUnitId: xaTaySon,
    });
    expect(moved).toEqual({ moved: 2 });
    expect(await usersAt(unit('huyen-tay-son'))).toEqual([]);
    expect(await usersAt(xaTaySon)).toEqual(['noivu.tayson', 'tayson']);
    const listed = await admin.accounts.list.query({ unitId: xaTaySon });
    expect(listed.accounts.every((a) => !a.orgUnit.ceased)).toBe(true);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['reason'])
      .where('entity', '=', 'users')
      .where('operation', '=', 'UPDATE')
      .where('reason', '=', 'Chuyển tài khoản sang đơn vị kế thừa')
      .execute();
    expect(audit).toHaveLength(2);
    expect(
      await admin.accounts.moveToSuccessor.mutate({ fromUnitId: unit('huyen-tay-son'), toUnitId: xaTaySon }),
    ).toEqual({ moved: 0 });
  });

  it('is refused to anyone but the system administrator', async () => {
    const planAdmin = await server.signedIn('admin');
    const refused = await rejection(
      planAdmin.accounts.moveToSuccessor.mutate({ fromUnitId: unit('huyen-tay-son'), toUnitId: xaTaySon }),
    );
    expect(refused.data?.httpStatus).toBe(403);
  });
});
