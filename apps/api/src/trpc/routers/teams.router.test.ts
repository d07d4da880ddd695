import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanInput, publishedPlan, unitIds, userId } from '../../testing/planning-fixtures.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
let leaderId: string;
beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
  leaderId = await userId(server, 'truongdoan');
});
afterAll(async () => server?.close());

const team = (planId: string, overrides: Record<string, unknown> = {}) => ({
  planId,
  name: 'Đoàn kiểm tra CCHC năm 2025',
  kind: 'comprehensive' as const,
  leadAgencyId: unit('so-noi-vu'),
  decision: {
    number: '45/QĐ-SNV',
    date: '2025-04-10',
    signerName: 'Nguyễn Thanh Phong',
    signerOffice: 'director_home_affairs' as const,
  },
  members: [
    {
      userId: leaderId,
      fullName: 'Trần Quốc Bảo',
      position: 'Phó Giám đốc Sở Nội vụ',
      agencyId: unit('so-noi-vu'),
      role: 'leader' as const,
    },
    { fullName: 'Võ Minh Tâm', agencyId: unit('vp-ubnd-tinh'), role: 'member' as const },
    { fullName: 'Lý Hoàng Nam', agencyId: unit('bao-binh-dinh'), role: 'press' as const },
  ],
  ...overrides,
});

describe('teams', () => {
  it('forms a team with its decision, one leader, members of the member agencies and invited press', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const saved = await admin.teams.save.mutate(team(draft.id));
    expect(saved.members.map((m) => m.role)).toEqual(['leader', 'member', 'press']);
    expect(saved.decisionSignerTitle).toBe('GIÁM ĐỐC SỞ NỘI VỤ');
    const read = await admin.teams.get.query({ teamId: saved.id });
    expect(read.kindLabel).toBe('Đoàn kiểm tra công tác CCHC');
  });

  it('refuses the thematic TTHC team signed by the Director of Sở Nội vụ and without police', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const error = await rejection(
      admin.teams.save.mutate(
        team(draft.id, { kind: 'thematic_tthc', name: 'Đoàn kiểm tra chuyên đề TTHC' }),
      ),
    );
    expect(error.data?.httpStatus).toBe(422);
    expect(error.data?.issues?.map((i) => i.code)).toEqual([
      'team_signer_wrong',
      'team_police_member_missing',
    ]);
    expect(error.message).toContain(
      'do Chánh Văn phòng UBND tỉnh quyết định thành lập (mục V.2 của Kế hoạch)',
    );
    expect(error.message).toContain('phải có thành viên của Công an tỉnh (Phòng PC06)');
  });

  it('refuses a member from an agency that is not in the plan, and two leaders', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const base = team(draft.id);
    const error = await rejection(
      admin.teams.save.mutate({
        ...base,
        members: [
          ...base.members,
          { fullName: 'Nguyễn Văn Hai', agencyId: unit('so-cong-thuong'), role: 'leader' as const },
        ],
      }),
    );
    expect(error.data?.httpStatus).toBe(422);
    expect(error.data?.issues?.map((i) => i.code)).toEqual([
      'team_leader_multiple',
      'member_agency_not_in_plan',
    ]);
    expect(error.message).toContain(
      'Nguyễn Văn Hai thuộc Sở Công Thương, không phải cơ quan tham gia Đoàn kiểm tra',
    );
  });

  it('changes a team only from its current version and assigns it to targets', async () => {
    const admin = await server.signedIn('admin');
    const plan = await publishedPlan(admin, unit);
    const reason = 'Thành lập Đoàn kiểm tra theo kế hoạch đã ban hành';
    const created = await admin.teams.save.mutate({ ...team(plan.id), reason });
    const renamed = await admin.teams.save.mutate({
      ...team(plan.id, { name: 'Đoàn kiểm tra số 1' }),
      teamId: created.id,
      expectedVersion: created.version,
      reason,
    });
    expect(renamed.name).toBe('Đoàn kiểm tra số 1');
    const stale = await rejection(
      admin.teams.save.mutate({
        ...team(plan.id),
        teamId: created.id,
        expectedVersion: created.version,
        reason,
      }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    const target = plan.targets[0];
    if (!target) throw new Error('no target');
    const noReason = await rejection(
      admin.teams.assign.mutate({ teamId: created.id, targetIds: [target.id] }),
    );
    expect(noReason.data?.httpStatus).toBe(400);
    expect(await admin.teams.assign.mutate({ teamId: created.id, targetIds: [target.id], reason })).toEqual({
      assigned: 1,
    });
    const visits = await server.database.db
      .selectFrom('inspections')
      .select('team_id')
      .where('target_id', '=', target.id)
      .execute();
    expect(visits.map((v) => v.team_id)).toEqual([created.id, created.id, created.id]);
  });

  it('lets only the plan administrator form teams', async () => {
    const leader = await server.signedIn('truongdoan');
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const error = await rejection(leader.teams.save.mutate(team(draft.id)));
    expect(error.data?.httpStatus).toBe(403);
    expect(error.message).toBe('Bạn không có quyền thành lập Đoàn kiểm tra.');
  });
});

describe('ad-hoc inspections', () => {
  const order = {
    decisionNumber: '1234/UBND-KT',
    decisionDate: '2025-05-20',
    orderedBy: 'chairman_ppc',
  };

  it('refuses an ad-hoc inspection on a draft plan and one ordered by someone who may not order it', async () => {
    const admin = await server.signedIn('admin');
    const draft = await admin.plans.create.mutate(makePlanInput(unit));
    const error = await rejection(
      admin.adHoc.add.mutate({
        planId: draft.id,
        orgUnitId: unit('so-cong-thuong'),
        order: { ...order, orderedBy: 'giam_doc_so_cong_thuong' },
      }),
    );
    expect(error.data?.httpStatus).toBe(422);
    expect(error.data?.issues?.map((i) => i.code)).toEqual([
      'ad_hoc_plan_not_published',
      'ad_hoc_orderer_not_allowed',
    ]);
    expect(error.message).toContain('Chỉ thêm kiểm tra đột xuất vào kế hoạch đã ban hành');
  });

  it('adds an ad-hoc target to a published plan with its ordering decision and who ordered it', async () => {
    const admin = await server.signedIn('admin');
    const plan = await publishedPlan(admin, unit);
    const after = await admin.adHoc.add.mutate({ planId: plan.id, orgUnitId: unit('so-cong-thuong'), order });
    const adHoc = after.targets.find((t) => t.kind === 'ad_hoc');
    expect(adHoc?.orgUnitName).toBe('Sở Công Thương');
    expect(adHoc?.groupLabel).toBe('Kiểm tra đột xuất');
    const stored = await server.database.db
      .selectFrom('targets')
      .select(['ad_hoc_decision_number', 'ad_hoc_decision_date', 'ad_hoc_ordered_by'])
      .where('plan_id', '=', plan.id)
      .where('inspection_kind', '=', 'ad_hoc')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      ad_hoc_decision_number: '1234/UBND-KT',
      ad_hoc_decision_date: '2025-05-20',
      ad_hoc_ordered_by: 'chairman_ppc',
    });
    const history = await admin.plans.history.query({ planId: plan.id });
    expect(history[0]?.reason).toBe('Kiểm tra đột xuất theo văn bản số 1234/UBND-KT');
  });
});

describe('teams: the people a team may take', () => {
  it('lists the province’s team leaders and inspectors with their accounts, for the plan’s manager only', async () => {
    const admin = await server.signedIn('admin');
    const plan = await admin.plans.create.mutate(makePlanInput(unit));
    const people = await admin.teams.people.query({ planId: plan.id });
    expect(people.map((p) => p.fullName)).toEqual(['Phạm Thị Minh Thư', 'Trần Quốc Bảo']);
    expect(people.find((p) => p.userId === leaderId)).toMatchObject({
      position: 'Phó Giám đốc Sở Nội vụ',
      orgUnitName: 'Sở Nội vụ',
      roleLabels: ['Trưởng đoàn kiểm tra'],
    });
    const reporter = await server.signedIn('tayson');
    const error = await rejection(reporter.teams.people.query({ planId: plan.id }));
    expect(error.data?.httpStatus).toBe(403);
  });
});
