import { randomUUID } from 'node:crypto';
import type { OrgUnitCreateInput } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makePlanInput,
  NUMBERED_DECISION,
  unitIds,
  updateInputOf,
} from '../../../testing/planning-fixtures.js';
import { rejection } from '../../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
const basis = {
  kind: 'resolution' as const,
  number: '1664/NQ-UBTVQH15',
  date: '2025-06-16',
  issuer: 'Ủy ban Thường vụ Quốc hội',
};
const made: Record<string, string> = {};

async function create(input: Partial<OrgUnitCreateInput> & { name: string }): Promise<string> {
  const admin = await server.signedIn('quantri');
  const saved = await admin.orgUnits.create.mutate({
    requestId: randomUUID(),
    kind: 'commune',
    communeType: 'xa',
    parentId: made.province ?? null,
    effectiveFrom: '2025-07-01',
    basis,
    ...input,
  });
  return saved.unit.id;
}

beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
  made.province = await create({ name: 'Ủy ban nhân dân tỉnh Gia Lai', kind: 'province', communeType: null });
  made.xaTaySon = await create({ name: 'Ủy ban nhân dân xã Tây Sơn' });
  made.xaBinhKhe = await create({ name: 'Ủy ban nhân dân xã Bình Khê' });
  made.phuongQuyNhon = await create({ name: 'Ủy ban nhân dân phường Quy Nhơn', communeType: 'phuong' });
  made.xaTaySonMoi = await create({ name: 'Ủy ban nhân dân xã Tây Sơn Mới', effectiveFrom: '2026-07-01' });
});
afterAll(async () => server?.close());

const versionOf = async (unitId: string, asAt: string) =>
  (await (await server.signedIn('quantri')).orgUnits.detail.query({ unitId, asAt })).unit.version;
const successionCount = async () =>
  Number(
    (
      await server.database.db
        .selectFrom('org_unit_successions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('orgUnits: successors of a ceased unit', () => {
  it('names the successors of a 2024 district from the day after its last day, audited', async () => {
    const admin = await server.signedIn('quantri');
    const saved = await admin.orgUnits.nameSuccessors.mutate({
      unitId: unit('huyen-tay-son'),
      expectedVersion: await versionOf(unit('huyen-tay-son'), '2025-06-30'),
      successorIds: [made.xaTaySon ?? ''],
      basis,
    });
    expect(saved.asAt).toBe('2025-07-01');
    expect(saved.successors).toEqual([
      expect.objectContaining({
        id: made.xaTaySon,
        name: 'Ủy ban nhân dân xã Tây Sơn',
        effectiveFrom: '2025-07-01',
        kindLabel: 'Chuyển thành đơn vị mới',
        direct: true,
        basis: expect.objectContaining({ number: '1664/NQ-UBTVQH15', kindLabel: 'Nghị quyết' }),
      }),
    ]);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_name', 'reason'])
      .where('entity', '=', 'org_unit_successions')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ reason: 'Ghi đơn vị kế thừa' })]);
  });

  it('records a split, and refuses the unit itself, a unit not yet existing, an active unit and another province’s unit', async () => {
    const admin = await server.signedIn('quantri');
    const split = await admin.orgUnits.nameSuccessors.mutate({
      unitId: unit('huyen-tuy-phuoc'),
      expectedVersion: await versionOf(unit('huyen-tuy-phuoc'), '2025-06-30'),
      successorIds: [made.xaBinhKhe ?? '', made.phuongQuyNhon ?? ''],
      basis,
    });
    expect(split.successors.map((s) => [s.name, s.kindLabel])).toEqual([
      ['Ủy ban nhân dân xã Bình Khê', 'Chia, tách'],
      ['Ủy ban nhân dân phường Quy Nhơn', 'Chia, tách'],
    ]);
    await server.database.db.insertInto('tenants').values({ id: 'kon-tum', name: 'Tỉnh Kon Tum' }).execute();
    const foreign = await server.database.db
      .insertInto('org_units')
      .values({
        tenant_id: 'kon-tum',
        code: 'x',
        name: 'UBND xã khác',
        kind: 'commune',
        valid_from: '2025-07-01',
        valid_to: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await successionCount();
    const refused = await rejection(
      admin.orgUnits.nameSuccessors.mutate({
        unitId: unit('huyen-an-lao'),
        expectedVersion: await versionOf(unit('huyen-an-lao'), '2025-06-30'),
        successorIds: [unit('huyen-an-lao'), made.xaTaySonMoi ?? '', foreign.id],
        basis,
      }),
    );
    expect(refused.data?.httpStatus).toBe(422);
    expect(refused.data?.issues?.map((i) => [i.code, i.field])).toEqual([
      ['successor_is_self', 'successorIds'],
      ['successor_not_existing_on_date', 'successorIds'],
      ['successor_not_found', 'successorIds'],
    ]);
    expect(refused.data?.issues?.[1]?.message).toBe(
      'Ủy ban nhân dân xã Tây Sơn Mới không tồn tại tại ngày 01/07/2025, ngày đơn vị kế thừa nhận nhiệm vụ; hãy thành lập đơn vị đó trước hoặc chọn đơn vị khác.',
    );
    const active = await rejection(
      admin.orgUnits.nameSuccessors.mutate({
        unitId: made.xaBinhKhe ?? '',
        expectedVersion: await versionOf(made.xaBinhKhe ?? '', '2025-07-01'),
        successorIds: [made.phuongQuyNhon ?? ''],
        basis,
      }),
    );
    expect(active.data?.issues?.map((i) => i.code)).toEqual(['unit_not_ceased']);
    expect(await successionCount()).toBe(before);
  });

  it('closes a unit with its successor in one transaction, and reads the chain both ways as at a date', async () => {
    const admin = await server.signedIn('quantri');
    const refused = await rejection(
      admin.orgUnits.close.mutate({
        unitId: made.xaTaySon ?? '',
        expectedVersion: await versionOf(made.xaTaySon ?? '', '2025-07-01'),
        effectiveFrom: '2026-07-01',
        basis,
        successorIds: [made.xaTaySon ?? ''],
      }),
    );
    expect(refused.data?.issues?.map((i) => i.code)).toEqual(['successor_is_self']);
    const stillOpen = await admin.orgUnits.detail.query({ unitId: made.xaTaySon ?? '', asAt: '2026-07-01' });
    expect(stillOpen.existsOnDate).toBe(true);

    const closed = await admin.orgUnits.close.mutate({
      unitId: made.xaTaySon ?? '',
      expectedVersion: stillOpen.unit.version,
      effectiveFrom: '2026-07-01',
      basis,
      successorIds: [made.xaTaySonMoi ?? ''],
    });
    expect(closed.existsOnDate).toBe(false);
    expect(closed.successors.map((s) => s.name)).toEqual(['Ủy ban nhân dân xã Tây Sơn Mới']);

    const district2027 = await admin.orgUnits.detail.query({
      unitId: unit('huyen-tay-son'),
      asAt: '2027-01-01',
    });
    expect(district2027.successors.map((s) => [s.name, s.direct, s.existsOnDate])).toEqual([
      ['Ủy ban nhân dân xã Tây Sơn', true, false],
      ['Ủy ban nhân dân xã Tây Sơn Mới', false, true],
    ]);
    const district2025 = await admin.orgUnits.detail.query({
      unitId: unit('huyen-tay-son'),
      asAt: '2025-08-01',
    });
    expect(district2025.successors.map((s) => s.name)).toEqual(['Ủy ban nhân dân xã Tây Sơn']);
    const newest = await admin.orgUnits.detail.query({ unitId: made.xaTaySonMoi ?? '', asAt: '2027-01-01' });
    expect(newest.predecessors.map((p) => [p.name, p.direct, p.effectiveFrom])).toEqual([
      ['Ủy ban nhân dân xã Tây Sơn', true, '2026-07-01'],
      ['Ủy ban nhân dân huyện Tây Sơn', false, '2025-07-01'],
    ]);
  });
});

describe('plans: a copy maps its targets to successors, and publishing checks they exist', () => {
  it('copies the 2024 plan to 2027 with mapped targets and lists splits and units with no successor', async () => {
    const admin = await server.signedIn('admin');
    const plan2024 = (await admin.plans.list.query()).find((p) => p.year === 2024);
    if (!plan2024) throw new Error('no 2024 plan');
    const copy = await admin.plans.copyFromPreviousYear.mutate({
      planId: plan2024.id,
      year: 2027,
      withTargets: true,
    });
    expect(copy.targets.map((t) => t.orgUnitName)).toEqual(['Ủy ban nhân dân xã Tây Sơn Mới']);
    const byName = (name: string) =>
      copy.mapping.find((m) => m.unitName === name && m.ofTargetUnitId === null);
    expect(byName('Ủy ban nhân dân huyện Tây Sơn')).toMatchObject({
      status: 'mapped',
      successors: [{ name: 'Ủy ban nhân dân xã Tây Sơn Mới' }],
    });
    expect(byName('Ủy ban nhân dân huyện Tuy Phước')?.status).toBe('choose');
    expect(byName('Ủy ban nhân dân huyện An Lão')).toMatchObject({
      status: 'flagged',
      reason:
        'Đơn vị không còn tồn tại từ ngày 01/07/2025 và không có đơn vị kế thừa tại ngày 01/04/2027; hãy bỏ hoặc chọn đối tượng khác.',
    });
    const again = await admin.plans.copyMapping.query({ planId: copy.id });
    expect(again.sourceYear).toBe(2024);
    expect(again.mapping).toEqual(copy.mapping);
    const none = await admin.plans.copyMapping.query({ planId: plan2024.id });
    expect(none).toEqual({ sourceYear: null, asAt: '2024-04-01', mapping: [] });
  });

  it('refuses to publish while a target or its commune does not exist on the plan’s date', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit, { decision: NUMBERED_DECISION }));
    await admin.targets.add.mutate({
      planId: draft.id,
      orgUnitId: unit('huyen-tay-son'),
      kind: 'comprehensive',
      group: 'district_comprehensive',
      subUnitIds: [unit('xa-binh-tuong'), unit('xa-tay-giang')],
    });
    const editing = await admin.plans.forEditing.query({ planId: draft.id });
    const decidedLate = await admin.plans.update.mutate(
      updateInputOf(editing, { decision: { ...editing.decision, date: '2025-07-15' } }),
    );
    const refused = await rejection(
      admin.plans.publish.mutate({ planId: draft.id, expectedVersion: decidedLate.version }),
    );
    expect(refused.data?.httpStatus).toBe(422);
    // The seed's communes have no end date, only their district does.
    expect(refused.data?.issues?.map((i) => [i.code, i.field])).toEqual([
      ['target_not_existing_on_date', 'targets.0.orgUnitId'],
    ]);
    expect(refused.data?.issues?.[0]?.message).toBe(
      'Ủy ban nhân dân huyện Tây Sơn không tồn tại tại ngày 15/07/2025 của kế hoạch; hãy thay bằng đơn vị kế thừa hoặc bỏ đối tượng này trước khi ban hành.',
    );
    const onTime = await admin.plans.update.mutate(
      updateInputOf(await admin.plans.forEditing.query({ planId: draft.id }), {
        decision: { ...editing.decision, date: '2025-04-01' },
      }),
    );
    const published = await admin.plans.publish.mutate({ planId: draft.id, expectedVersion: onTime.version });
    expect(published.status).toBe('published');
  });
});
