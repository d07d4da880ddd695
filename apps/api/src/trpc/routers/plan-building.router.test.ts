import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanInput, publishedPlan, unitIds, updateInputOf } from '../../testing/planning-fixtures.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
});
afterAll(async () => server?.close());

describe('plans: create, edit, publish, amend', () => {
  it('creates a draft from its decision, owned by Sở Nội vụ, with its contents and member agencies', async () => {
    const admin = await server.signedIn('admin');
    const plan = await admin.plans.create.mutate(makePlanInput(unit));
    expect(plan.status).toBe('draft');
    expect(plan.level).toBe('province');
    expect(plan.ownerOrgUnitName).toBe('Sở Nội vụ');
    expect(plan.contentAreas).toEqual(['Công tác chỉ đạo, điều hành', 'Cải cách thể chế']);
    expect(plan.memberAgencies.find((a) => a.isPoliceUnit)?.orgUnitId).toBe(unit('phong-pc06'));
    expect(plan.version).toBe(1);
  });

  it('refuses a plan without its window, saying what to enter', async () => {
    const admin = await server.signedIn('admin');
    const error = await rejection(admin.plans.create.mutate(makePlanInput(unit, { window: null })));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toContain('Hãy nhập thời gian kiểm tra của kế hoạch');
  });

  it('lets leadership read plans but not build them', async () => {
    const leadership = await server.signedIn('lanhdao');
    const error = await rejection(leadership.plans.create.mutate(makePlanInput(unit)));
    expect(error.data?.httpStatus).toBe(403);
    expect(error.message).toBe('Bạn không có quyền lập, sửa, ban hành kế hoạch kiểm tra.');
  });

  it('refuses to publish an incomplete draft with every reason, each with its code and field', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const error = await rejection(
      admin.plans.publish.mutate({ planId: draft.id, expectedVersion: draft.version }),
    );
    expect(error.data?.httpStatus).toBe(422);
    expect(error.message).toContain('Chưa có số quyết định ban hành kế hoạch');
    expect(error.message).toContain('Kế hoạch chưa có đối tượng kiểm tra');
    expect(error.data?.issues?.map((i) => i.code)).toEqual(['decision_number_missing', 'targets_missing']);
    expect(error.data?.issues?.[0]?.field).toBe('decision.number');
    expect((await admin.plans.forEditing.query({ planId: draft.id })).status).toBe('draft');
  });

  it('edits a draft freely, then requires a reason for an amendment and shows it in the history', async () => {
    const admin = await server.signedIn('admin');
    const published = await publishedPlan(admin, unit);
    expect(published.status).toBe('published');
    expect(published.changeKind).toBe('amendment');

    const noReason = await rejection(
      admin.plans.update.mutate(updateInputOf(published, { expectedTargetCount: 5 })),
    );
    expect(noReason.data?.httpStatus).toBe(400);
    expect(noReason.message).toBe(
      'Kế hoạch đã ban hành: mọi thay đổi là điều chỉnh kế hoạch, hãy nhập lý do điều chỉnh.',
    );
    expect(noReason.data?.issues?.[0]).toMatchObject({ code: 'amendment_reason_missing', field: 'reason' });

    const reason = 'Bổ sung số đối tượng theo chỉ đạo của Chủ tịch UBND tỉnh';
    const amended = await admin.plans.update.mutate(
      updateInputOf(published, { expectedTargetCount: 5, reason }),
    );
    expect(amended.expectedTargetCount).toBe(5);

    const history = await admin.plans.history.query({ planId: published.id });
    const amendment = history.find((h) => h.entity === 'plans' && h.reason === reason);
    expect(amendment?.actorName).toBe('Lê Thị Thu Hà');
    expect(amendment?.changes).toEqual([
      { field: 'expected_target_count', fieldLabel: 'Số đối tượng dự kiến', before: 3, after: 5 },
    ]);
    // Newest first; the plan's parts are in it too (the target added before publishing).
    expect(history[0]?.reason).toBe(reason);
    expect(history.some((h) => h.entity === 'targets' && h.operation === 'INSERT')).toBe(true);
    expect(history.some((h) => h.entity === 'target_sub_units')).toBe(true);
    expect(history.some((h) => h.reason === 'Ban hành kế hoạch')).toBe(true);
  });

  it('answers the second of two edits from the same version with 409, saving nothing of it', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const first = await admin.plans.update.mutate(updateInputOf(draft, { title: 'Bản của người thứ nhất' }));
    const error = await rejection(
      admin.plans.update.mutate(updateInputOf(draft, { title: 'Bản của người thứ hai' })),
    );
    expect(error.data?.httpStatus).toBe(409);
    expect(error.message).toBe(
      'Kế hoạch kiểm tra vừa được người khác thay đổi; hãy tải lại để xem bản mới nhất rồi sửa lại. Thay đổi của bạn chưa được lưu.',
    );
    const stored = await admin.plans.forEditing.query({ planId: draft.id });
    expect(stored.title).toBe('Bản của người thứ nhất');
    expect(stored.version).toBe(first.version);
  });

  it('copies the 2024 plan as a 2026 draft: decision cleared, window moved, contents kept', async () => {
    const admin = await server.signedIn('admin');
    const plans = await admin.plans.list.query();
    const plan2024 = plans.find((p) => p.year === 2024);
    if (!plan2024) throw new Error('no 2024 plan');
    const copy = await admin.plans.copyFromPreviousYear.mutate({ planId: plan2024.id, year: 2026 });
    expect(copy.status).toBe('draft');
    expect(copy.title).toBe('Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2026');
    expect(copy.window).toEqual({ start: '2026-04-01', end: '2026-09-30' });
    expect(copy.decision.number).toBe('');
    expect(copy.contentAreas).toHaveLength(7);
    expect(copy.thematicTopics).toHaveLength(4);
    expect(copy.targets).toEqual([]);
    expect(copy.memberAgencies.length).toBeGreaterThan(0);
  });
});

describe('plans: live checks and the roll-up', () => {
  it('shows expected against actual, and a unit also in the 2024 plan in an overlapping period', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(
      makePlanInput(unit, {
        year: 2024,
        title: 'Kế hoạch kiểm tra bổ sung năm 2024',
        window: { start: '2024-07-01', end: '2024-12-31' },
        expectedTargetCount: 3,
      }),
    );
    await admin.targets.add.mutate({
      planId: draft.id,
      orgUnitId: unit('so-cong-thuong'),
      kind: 'comprehensive',
      group: 'provincial_agencies',
    });
    const checks = await admin.plans.checks.query({ planId: draft.id });
    expect(checks.count.expected).toBe(3);
    expect(checks.count.actual).toBe(1);
    expect(checks.findings.map((f) => f.code)).toEqual(['target_count_mismatch', 'unit_in_overlapping_plan']);
    const overlap = checks.findings.find((f) => f.code === 'unit_in_overlapping_plan');
    expect(overlap?.message).toContain('Sở Công Thương cũng là đối tượng của kế hoạch');
    expect(overlap?.unitIds).toEqual([unit('so-cong-thuong')]);
  });

  it('warns about a unit targeted twice in the plan with two kinds of inspection', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit, { expectedTargetCount: null }));
    await admin.targets.add.mutate({
      planId: draft.id,
      orgUnitId: unit('so-cong-thuong'),
      kind: 'comprehensive',
      group: 'provincial_agencies',
    });
    await admin.targets.add.mutate({
      planId: draft.id,
      orgUnitId: unit('so-cong-thuong'),
      kind: 'thematic',
      group: 'district_thematic',
    });
    const checks = await admin.plans.checks.query({ planId: draft.id });
    expect(checks.findings.map((f) => f.code)).toContain('unit_targeted_twice_other_kind');
  });

  it('rolls every plan up with its counts for Sở Nội vụ and leadership', async () => {
    const leadership = await server.signedIn('lanhdao');
    const rollup = await leadership.plans.rollup.query({ year: 2024 });
    const seed = rollup.find((r) => r.title.includes('tỉnh Bình Định năm 2024'));
    expect(seed?.level).toBe('province');
    expect(seed?.targetCount).toBeGreaterThan(10);
    expect(seed?.inspectionCount).toBeGreaterThan(20);
    expect(seed?.inspectionsByStatus.map((s) => s.label)).toContain('Đã thông báo');
  });
});
