import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/password.js';
import { makePlanInput, unitIds } from '../../testing/planning-fixtures.js';
import { rejection } from '../../testing/rejection.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
  // The plan administrator of a district (V.3.c): plan_admin rights over its own unit's plans.
  const user = await server.database.db
    .insertInto('users')
    .values({
      tenant_id: 'binh-dinh',
      org_unit_id: unit('huyen-tay-son'),
      username: 'tayson.kehoach',
      full_name: 'Nguyễn Thị Kế Hoạch',
      position: 'Trưởng phòng Nội vụ huyện Tây Sơn',
      password_hash: await hashPassword(DEMO_PASSWORD),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await server.database.db
    .insertInto('user_roles')
    .values({ user_id: user.id, role: 'unit_plan_admin' })
    .execute();
});
afterAll(async () => server?.close());

const lowerPlan = () =>
  makePlanInput(unit, {
    title: 'Kế hoạch kiểm tra công tác CCHC của UBND huyện Tây Sơn năm 2025',
    expectedTargetCount: 2,
    memberAgencies: [{ orgUnitId: unit('huyen-tay-son'), isPoliceUnit: false }],
  });

describe('lower-level plans (V.3.c)', () => {
  it('lets a district make its own plan for the communes under it, and only for them', async () => {
    const district = await server.signedIn('tayson.kehoach');
    const plan = await district.plans.create.mutate(lowerPlan());
    expect(plan.level).toBe('lower');
    expect(plan.ownerOrgUnitName).toBe('Ủy ban nhân dân huyện Tây Sơn');

    const own = await district.targets.add.mutate({
      planId: plan.id,
      orgUnitId: unit('xa-binh-tuong'),
      kind: 'comprehensive',
      group: 'provincial_agencies',
    });
    expect(own.targets.map((t) => t.orgUnitName)).toEqual(['Ủy ban nhân dân xã Bình Tường']);

    const outside = await rejection(
      district.targets.add.mutate({
        planId: plan.id,
        orgUnitId: unit('so-cong-thuong'),
        kind: 'comprehensive',
        group: 'provincial_agencies',
      }),
    );
    expect(outside.data?.httpStatus).toBe(422);
    expect(outside.data?.issues?.[0]?.code).toBe('lower_level_target_outside_scope');
    expect(outside.message).toBe(
      'Sở Công Thương không thuộc phạm vi quản lý của Ủy ban nhân dân huyện Tây Sơn; kế hoạch của Ủy ban nhân dân huyện Tây Sơn chỉ kiểm tra các cơ quan, đơn vị thuộc và trực thuộc (mục V.3.c của Kế hoạch).',
    );
    const itself = await rejection(
      district.targets.add.mutate({
        planId: plan.id,
        orgUnitId: unit('huyen-tay-son'),
        kind: 'comprehensive',
        group: 'district_comprehensive',
        subUnitIds: [unit('xa-tay-giang'), unit('xa-tay-xuan')],
      }),
    );
    expect(itself.data?.issues?.map((i) => i.code)).toEqual(['lower_level_target_is_owner']);
  });

  it('refuses the district’s plan administrator the province’s plan', async () => {
    const district = await server.signedIn('tayson.kehoach');
    const plans = await district.plans.list.query();
    const province = plans.find((p) => p.year === 2024);
    if (!province) throw new Error('no 2024 plan');
    const error = await rejection(district.plans.history.query({ planId: province.id }));
    expect(error.data?.httpStatus).toBe(403);
    const copy = await rejection(
      district.plans.copyFromPreviousYear.mutate({ planId: province.id, year: 2025 }),
    );
    expect(copy.data?.httpStatus).toBe(403);
    expect(copy.message).toBe('Bạn không có quyền lập, sửa, ban hành kế hoạch kiểm tra.');
  });

  it('shows Sở Nội vụ every plan rolled up with its counts, the district’s included', async () => {
    const admin = await server.signedIn('admin');
    const rollup = await admin.plans.rollup.query({ year: 2025 });
    const district = rollup.find((r) => r.ownerOrgUnitName === 'Ủy ban nhân dân huyện Tây Sơn');
    expect(district?.level).toBe('lower');
    expect(district?.levelLabel).toBe('Kế hoạch của Ủy ban nhân dân huyện Tây Sơn');
    expect(district?.targetCount).toBe(1);
    expect(district?.inspectionsByStatus).toEqual([{ status: 'planned', label: 'Dự kiến', count: 1 }]);
  });

  it('lists for the district’s plan administrator the inspections of its own plans', async () => {
    const district = await server.signedIn('tayson.kehoach');
    const visible = (await district.inspections.list.query()).items;
    expect(visible.map((i) => i.orgUnitName)).toEqual(['Ủy ban nhân dân xã Bình Tường']);
  });
});
