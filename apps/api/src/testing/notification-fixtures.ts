import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../trpc/root.js';
import { makePlanInput, unitIds, userId } from './planning-fixtures.js';
import type { TestServer } from './test-server.js';

/**
 * A published 2025 plan with one visit to Tây Sơn, on site Tue 13/05/2025 (its report due Tue
 * 06/05/2025), its team led by truongdoan with thanhvien; the schedule notice is recorded unless
 * `notice: false`. Answers the visit's id.
 */
export async function visitToTaySon(
  server: TestServer,
  clients: { admin: TRPCClient<AppRouter>; leader: TRPCClient<AppRouter> },
  options: { notice?: boolean } = {},
): Promise<string> {
  const { admin, leader } = clients;
  const unit = await unitIds(server);
  const draft = await admin.plans.create.mutate(
    makePlanInput(unit, {
      decision: {
        number: '512/QĐ-UBND',
        date: '2025-04-01',
        signerName: 'Lâm Hải Giang',
        signerTitle: 'KT. CHỦ TỊCH',
      },
    }),
  );
  await admin.targets.add.mutate({
    planId: draft.id,
    orgUnitId: unit('huyen-tay-son'),
    kind: 'comprehensive',
    group: 'district_comprehensive',
    subUnitIds: [unit('xa-binh-tuong'), unit('xa-tay-giang')],
  });
  const team = await admin.teams.save.mutate({
    planId: draft.id,
    name: 'Đoàn kiểm tra CCHC năm 2025',
    kind: 'comprehensive',
    leadAgencyId: unit('so-noi-vu'),
    decision: {
      number: '45/QĐ-SNV',
      date: '2025-04-08',
      signerName: 'Nguyễn Thanh Phong',
      signerOffice: 'director_home_affairs',
    },
    members: [
      {
        userId: await userId(server, 'truongdoan'),
        fullName: 'Trần Quốc Bảo',
        agencyId: unit('so-noi-vu'),
        role: 'leader',
      },
      {
        userId: await userId(server, 'thanhvien'),
        fullName: 'Lê Thị Hoa',
        agencyId: unit('so-noi-vu'),
        role: 'member',
      },
    ],
  });
  const plan = await admin.plans.forEditing.query({ planId: draft.id });
  await admin.teams.assign.mutate({ teamId: team.id, targetIds: plan.targets.map((t) => t.id) });
  const current = await admin.plans.forEditing.query({ planId: draft.id });
  await admin.plans.publish.mutate({ planId: draft.id, expectedVersion: current.version });
  const visit = (await admin.inspections.list.query()).items.find(
    (i) => i.planId === draft.id && i.orgUnitName === 'Ủy ban nhân dân huyện Tây Sơn',
  );
  if (!visit) throw new Error('no visit to Tây Sơn');
  const scheduled = await leader.schedule.set.mutate({
    inspectionId: visit.id,
    expectedVersion: visit.version,
    dates: ['2025-05-13'],
    form: 'on_site',
  });
  if (options.notice !== false)
    await leader.schedule.recordNotice.mutate({
      inspectionId: visit.id,
      expectedVersion: scheduled.version,
      notice: { number: '12/TB-SNV', date: '2025-04-11', recipients: ['UBND huyện Tây Sơn'] },
    });
  return visit.id;
}
