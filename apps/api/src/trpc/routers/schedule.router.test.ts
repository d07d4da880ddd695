import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanInput, unitIds, userId } from '../../testing/planning-fixtures.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import type { AppRouter } from '../root.js';

// Thursday 10 April 2025, 09:00 in Việt Nam.
const NOW = new Date('2025-04-10T02:00:00Z');

let server: TestServer;
let unit: (code: string) => string;
let admin: TRPCClient<AppRouter>;
let leader: TRPCClient<AppRouter>;
let planId: string;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
  unit = await unitIds(server);
  admin = await server.signedIn('admin');
  leader = await server.signedIn('truongdoan');
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
  planId = draft.id;
  await admin.targets.add.mutate({
    planId,
    orgUnitId: unit('huyen-tay-son'),
    kind: 'comprehensive',
    group: 'district_comprehensive',
    subUnitIds: [unit('xa-binh-tuong'), unit('xa-tay-giang')],
  });
  await admin.targets.add.mutate({
    planId,
    orgUnitId: unit('so-cong-thuong'),
    kind: 'comprehensive',
    group: 'provincial_agencies',
  });
  await admin.targets.add.mutate({
    planId,
    orgUnitId: unit('huyen-phu-cat'),
    kind: 'comprehensive',
    group: 'district_comprehensive',
    subUnitIds: [unit('xa-cat-hanh'), unit('xa-cat-tan')],
  });
  const team = await admin.teams.save.mutate({
    planId,
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
    ],
  });
  const plan = await admin.plans.forEditing.query({ planId });
  await admin.teams.assign.mutate({ teamId: team.id, targetIds: plan.targets.map((t) => t.id) });
  const current = await admin.plans.forEditing.query({ planId });
  await admin.plans.publish.mutate({ planId, expectedVersion: current.version });
});
afterAll(async () => server?.close());

async function visit(name: string) {
  const all = (await admin.inspections.list.query()).items;
  const found = all.find((i) => i.planId === planId && i.orgUnitName === name);
  if (!found) throw new Error(`no visit to ${name}`);
  return found;
}

describe('scheduling refusals, each with its reason in Vietnamese', () => {
  it('refuses a day that is not a working day and a date outside the window', async () => {
    const v = await visit('Sở Công Thương');
    const sunday = await rejection(
      leader.schedule.set.mutate({
        inspectionId: v.id,
        expectedVersion: v.version,
        dates: ['2025-05-18'],
        form: 'on_site',
      }),
    );
    expect(sunday.data?.httpStatus).toBe(422);
    expect(sunday.message).toBe(
      'Ngày 18/05/2025 không phải ngày làm việc (Chủ nhật); hãy chọn ngày làm việc khác.',
    );
    const july = await rejection(
      leader.schedule.set.mutate({
        inspectionId: v.id,
        expectedVersion: v.version,
        dates: ['2025-07-15'],
        form: 'on_site',
      }),
    );
    expect(july.data?.httpStatus).toBe(422);
    expect(july.data?.issues?.map((i) => i.code)).toEqual(['schedule_outside_window']);
    expect(july.message).toContain('nằm ngoài thời gian kiểm tra của kế hoạch (01/04/2025 – 30/06/2025)');
  });

  it('refuses a date whose notice deadline has passed, unless the leader records why (kept as a late notice)', async () => {
    const v = await visit('Sở Công Thương');
    const late = await rejection(
      leader.schedule.set.mutate({
        inspectionId: v.id,
        expectedVersion: v.version,
        dates: ['2025-04-15'],
        form: 'desk',
      }),
    );
    expect(late.data?.httpStatus).toBe(422);
    expect(late.data?.issues?.map((i) => i.code)).toEqual(['schedule_notice_deadline_passed']);
    expect(late.message).toContain('đã qua (hôm nay 10/04/2025)');
    const reason = 'Đơn vị đề nghị kiểm tra sớm để kịp báo cáo quý';
    const saved = await leader.schedule.set.mutate({
      inspectionId: v.id,
      expectedVersion: v.version,
      dates: ['2025-04-15'],
      form: 'desk',
      lateNoticeReason: reason,
    });
    expect(saved.status).toBe('scheduled');
    expect(saved.lateNoticeReason).toBe(reason);
    expect(saved.warnings[0]?.code).toBe('late_notice');
    expect(saved.warnings[0]?.message).toContain(`Lý do: ${reason}`);
  });

  it('refuses the same team on two targets on one day, but lets a district and its communes share it', async () => {
    const district = await visit('Ủy ban nhân dân huyện Tây Sơn');
    const commune = await visit('Ủy ban nhân dân xã Bình Tường');
    await leader.schedule.set.mutate({
      inspectionId: district.id,
      expectedVersion: district.version,
      dates: ['2025-05-13'],
      form: 'on_site',
      place: 'Trụ sở UBND huyện Tây Sơn',
    });
    await leader.schedule.set.mutate({
      inspectionId: commune.id,
      expectedVersion: commune.version,
      dates: ['2025-05-13'],
      form: 'on_site',
    });
    const other = await visit('Ủy ban nhân dân huyện Phù Cát');
    const busy = await rejection(
      leader.schedule.set.mutate({
        inspectionId: other.id,
        expectedVersion: other.version,
        dates: ['2025-05-13'],
        form: 'on_site',
      }),
    );
    expect(busy.data?.httpStatus).toBe(422);
    expect(busy.data?.issues?.map((i) => i.code)).toEqual(['schedule_team_busy', 'schedule_team_busy']);
    expect(busy.message).toContain(
      'Đoàn kiểm tra CCHC năm 2025 đã có lịch kiểm tra Ủy ban nhân dân huyện Tây Sơn',
    );
  });

  it('keeps several on-site days of one visit', async () => {
    const v = await visit('Ủy ban nhân dân huyện Phù Cát');
    const saved = await leader.schedule.set.mutate({
      inspectionId: v.id,
      expectedVersion: v.version,
      dates: ['2025-05-28', '2025-05-27'],
      form: 'on_site',
    });
    expect(saved.visitDates).toEqual(['2025-05-27', '2025-05-28']);
    expect([saved.startDate, saved.endDate]).toEqual(['2025-05-27', '2025-05-28']);
  });

  it('lets only the leader of the visit’s team schedule it', async () => {
    const v = await visit('Ủy ban nhân dân xã Tây Giang');
    for (const username of ['thanhvien', 'lanhdao', 'tayson']) {
      const client = await server.signedIn(username);
      const error = await rejection(
        client.schedule.set.mutate({
          inspectionId: v.id,
          expectedVersion: v.version,
          dates: ['2025-05-13'],
          form: 'on_site',
        }),
      );
      expect(error.data?.httpStatus).toBe(403);
      expect(error.message).toBe('Bạn không có quyền lập lịch kiểm tra.');
    }
  });

  it('answers a stale version with 409', async () => {
    const v = await visit('Ủy ban nhân dân xã Tây Giang');
    const error = await rejection(
      leader.schedule.set.mutate({
        inspectionId: v.id,
        expectedVersion: v.version + 5,
        dates: ['2025-05-13'],
        form: 'on_site',
      }),
    );
    expect(error.data?.httpStatus).toBe(409);
    expect(error.message).toContain('Lịch kiểm tra vừa được người khác thay đổi');
  });
});

describe('the schedule notice and what the unit sees', () => {
  it('shows the unit its inspection with its deadlines only once the notice is recorded', async () => {
    const reporter = await server.signedIn('tayson');
    const district = await visit('Ủy ban nhân dân huyện Tây Sơn');
    expect(district.status).toBe('scheduled');
    expect((await reporter.inspections.list.query()).items.some((i) => i.id === district.id)).toBe(false);
    const hidden = await rejection(reporter.inspections.deadlines.query({ inspectionId: district.id }));
    expect(hidden.data?.httpStatus).toBe(403);

    const notified = await leader.schedule.recordNotice.mutate({
      inspectionId: district.id,
      expectedVersion: district.version,
      notice: {
        number: '12/TB-SNV',
        date: '2025-04-11',
        recipients: ['UBND huyện Tây Sơn', 'Các thành viên Đoàn kiểm tra'],
      },
    });
    expect(notified.statusLabel).toBe('Đã thông báo');

    const mine = (await reporter.inspections.list.query()).items;
    expect(mine.find((i) => i.id === district.id)?.startDate).toBe('2025-05-13');
    const deadlines = await reporter.inspections.deadlines.query({ inspectionId: district.id });
    expect(deadlines.deadlines.map((d) => d.code)).toEqual([
      'SCHEDULE_NOTICE',
      'UNIT_REPORT',
      'CONCLUSION_NOTICE',
    ]);
    expect(deadlines.deadlines[0]?.doneOn).toBe('2025-04-11');

    const again = await rejection(
      leader.schedule.recordNotice.mutate({
        inspectionId: district.id,
        expectedVersion: notified.version,
        notice: { number: '13/TB-SNV', date: '2025-04-11', recipients: ['UBND huyện Tây Sơn'] },
      }),
    );
    expect(again.data?.httpStatus).toBe(422);
    expect(again.data?.issues?.[0]?.code).toBe('status_already_notified');
  });

  it('refuses a notice whose number is not in the form số/TB-cơ quan', async () => {
    const v = await visit('Ủy ban nhân dân xã Bình Tường');
    const error = await rejection(
      leader.schedule.recordNotice.mutate({
        inspectionId: v.id,
        expectedVersion: v.version,
        notice: { number: 'TB12', date: '2025-04-11', recipients: ['UBND xã Bình Tường'] },
      }),
    );
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toContain('Số thông báo phải có dạng số/TB-cơ quan, ví dụ 12/TB-SNV.');
  });

  it('reschedules after the notice with an amended notice, keeping the old notice and its deadlines', async () => {
    const district = await visit('Ủy ban nhân dân huyện Tây Sơn');
    const moved = await leader.schedule.reschedule.mutate({
      inspectionId: district.id,
      expectedVersion: district.version,
      dates: ['2025-05-20'],
      amendedNotice: { number: '15/TB-SNV', date: '2025-04-14', recipients: ['UBND huyện Tây Sơn'] },
    });
    expect(moved.status).toBe('notified');
    expect(moved.visitDates).toEqual(['2025-05-20']);

    const reporter = await server.signedIn('tayson');
    const notices = await reporter.schedule.notices.query({ inspectionId: district.id });
    expect(notices.map((n) => [n.number, n.state, n.amendsNumber])).toEqual([
      ['12/TB-SNV', 'superseded', null],
      ['15/TB-SNV', 'current', '12/TB-SNV'],
    ]);
    expect(notices[0]?.visitDates).toEqual(['2025-05-13']);
    expect(notices[1]?.visitDates).toEqual(['2025-05-20']);
    const oldDue = notices[0]?.deadlines.find((d) => d.code === 'UNIT_REPORT')?.dueDate;
    const newDue = notices[1]?.deadlines.find((d) => d.code === 'UNIT_REPORT')?.dueDate;
    expect(oldDue).toBeDefined();
    expect(newDue).toBeDefined();
    expect(oldDue).not.toBe(newDue);
    const deadlines = await reporter.inspections.deadlines.query({ inspectionId: district.id });
    expect(deadlines.deadlines.find((d) => d.code === 'UNIT_REPORT')?.dueDate).toBe(newDue);
    // The visit's history says which due dates moved, from what to what, and why.
    expect(deadlines.moves.find((m) => m.key === 'UNIT_REPORT')).toMatchObject({
      fromDate: oldDue,
      toDate: newDue,
      cause: 'rescheduled',
      reason: 'Lịch kiểm tra thay đổi (thông báo điều chỉnh số 15/TB-SNV)',
    });
    expect(deadlines.moves.map((m) => m.key).sort()).toEqual([
      'CONCLUSION_NOTICE',
      'SCHEDULE_NOTICE',
      'UNIT_REPORT',
    ]);

    const history = await admin.plans.history.query({ planId });
    expect(
      history.some((h) => h.reason === 'Điều chỉnh lịch kiểm tra (thông báo điều chỉnh số 15/TB-SNV)'),
    ).toBe(true);
  });
});

describe('attendees and the timeline', () => {
  it('proposes the district office and Phòng Nội vụ for a commune (seed IV.2)', async () => {
    const commune = await visit('Ủy ban nhân dân xã Bình Tường');
    const attendees = await leader.schedule.proposedAttendees.query({ inspectionId: commune.id });
    expect(attendees.map((a) => a.role)).toContain('Phòng Nội vụ cấp huyện');
    expect(attendees.find((a) => a.role === 'Lãnh đạo Văn phòng HĐND và UBND cấp huyện')?.unitName).toBe(
      'Ủy ban nhân dân huyện Tây Sơn',
    );
  });

  it('lays the plan out by ISO week and by team', async () => {
    const timeline = await admin.schedule.timeline.query({ planId });
    expect(timeline.byWeek.map((w) => w.label)).toContain('Tuần 21/2025 (19/05/2025 – 25/05/2025)');
    const week22 = timeline.byWeek.find((w) => w.week === 22);
    expect(week22?.items.map((i) => i.date)).toEqual(['2025-05-27', '2025-05-28']);
    expect(timeline.byTeam.map((t) => t.teamName)).toEqual(['Đoàn kiểm tra CCHC năm 2025']);
    expect(timeline.unscheduled.map((u) => u.orgUnitName)).toContain('Ủy ban nhân dân xã Tây Giang');
  });

  it('reads one visit’s schedule for the scheduling page, and refuses a unit before its notice', async () => {
    const v = await visit('Sở Công Thương');
    const schedule = await leader.schedule.get.query({ inspectionId: v.id });
    expect(schedule).toMatchObject({
      id: v.id,
      orgUnitName: 'Sở Công Thương',
      targetKind: 'comprehensive',
      isAdHoc: false,
      planWindow: { start: '2025-04-01', end: '2025-06-30' },
    });
    expect(schedule.version).toBe((await visit('Sở Công Thương')).version);
    const commune = await visit('Ủy ban nhân dân xã Tây Giang');
    const reporter = await server.signedIn('xa.binhtuong');
    const error = await rejection(reporter.schedule.get.query({ inspectionId: commune.id }));
    expect(error.data?.httpStatus).toBe(403);
  });
});
