import { ruleBasedDaysOff, toIsoDate } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

// "Today" for the deadline states: Thursday 25/04/2024, in Vietnam.
const clock = { now: () => new Date('2024-04-25T03:00:00Z') };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => server?.close());

describe('calendar over HTTP', () => {
  it('gives a year with its named holidays, swapped days and official status', async () => {
    const client = await server.signedIn('sct');
    const year = await client.calendar.year.query({ year: 2024 });
    expect(year.scheduleStatus).toBe('official');
    expect(year.workingDayCount).toBe(251);
    expect(year.days).toHaveLength(366);
    const off = Object.fromEntries(year.daysOff.map((d) => [d.date, d.kind]));
    expect(off['2024-04-18']).toBe('holiday');
    expect(off['2024-04-29']).toBe('swap');
    expect(year.daysOff.find((d) => d.date === '2024-02-12')?.label).toMatch(/Tết Nguyên đán/);
    expect(year.workingWeekendDays.map((d) => d.date)).toEqual(['2024-05-04']);
  });

  it('marks a year without an announced schedule', async () => {
    const client = await server.signedIn('sct');
    const year = await client.calendar.year.query({ year: 2027 });
    expect(year.scheduleStatus).toBe('rules');
    expect(year.scheduleStatusLabel).toBe('chưa có lịch nghỉ chính thức');
  });

  it('explains a conclusion deadline past Quốc khánh', async () => {
    const client = await server.signedIn('truongdoan');
    const explained = await client.calendar.explain.query({
      code: 'CONCLUSION_NOTICE',
      baseDate: '2024-08-28',
    });
    expect(explained.dueDate).toBe('2024-09-13');
    expect(explained.dueDateText).toBe('13/09/2024');
    expect(explained.lines.join('\n')).toMatch(/Quốc khánh/);
    expect(explained.steps.filter((s) => s.counted)).toHaveLength(10);
  });

  it('counts back with reading A by default and B on request', async () => {
    const client = await server.signedIn('truongdoan');
    const a = await client.calendar.explain.query({ code: 'SCHEDULE_NOTICE', baseDate: '2024-05-07' });
    const b = await client.calendar.explain.query({
      code: 'SCHEDULE_NOTICE',
      baseDate: '2024-05-07',
      reading: 'B',
    });
    expect([a.dueDate, a.reading, a.otherReading?.dueDate]).toEqual(['2024-04-19', 'A', '2024-04-17']);
    expect(b.dueDate).toBe('2024-04-17');
  });

  it('adds and subtracts working days', async () => {
    const client = await server.signedIn('lanhdao');
    expect((await client.calendar.addWorkingDays.query({ date: '2024-04-26', days: 1 })).date).toBe(
      '2024-05-02',
    );
    expect((await client.calendar.addWorkingDays.query({ date: '2024-05-06', days: -1 })).date).toBe(
      '2024-05-04',
    );
  });

  it('answers a date or a result outside 1900–2100 with 400, not a crash', async () => {
    const client = await server.signedIn('lanhdao');
    const early = await rejection(client.calendar.addWorkingDays.query({ date: '1850-01-01', days: 1 }));
    expect(early.data?.httpStatus).toBe(400);
    expect(early.message).toContain('Lịch chỉ tính được từ năm 1900 đến năm 2100.');
    const beyond = await rejection(client.calendar.addWorkingDays.query({ date: '2100-12-30', days: 5 }));
    expect(beyond.data?.httpStatus).toBe(400);
    expect(beyond.message).toBe('Kết quả nằm ngoài phạm vi lịch 1900–2100.');
  });

  it('answers a year outside the calendar with a Vietnamese message', async () => {
    const client = await server.signedIn('lanhdao');
    const error = await rejection(client.calendar.year.query({ year: 2200 }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toContain('Lịch chỉ tính được từ năm 1900 đến năm 2100.');
  });
});

describe('editing a year’s schedule', () => {
  // Illustrative 2027 schedule: the days the rules give (a schedule may not remove a law holiday).
  const schedule2027 = {
    year: 2027,
    source: 'Thông báo thử nghiệm số 1/TB-BNV ngày 01/12/2026',
    daysOff: ruleBasedDaysOff(2027).map((d) => ({ date: toIsoDate(d.date), name: d.name, kind: d.kind })),
    workingWeekendDays: [],
  };

  it('is refused to anyone but a plan administrator', async () => {
    const client = await server.signedIn('lanhdao');
    const error = await rejection(
      client.calendar.saveSchedule.mutate({ schedule: schedule2027, expectedVersion: null }),
    );
    expect(error.data?.httpStatus).toBe(403);
    expect(error.message).toBe('Bạn không có quyền cập nhật lịch nghỉ.');
  });

  it('is in force at once, official, and audited', async () => {
    const admin = await server.signedIn('admin');
    const saved = await admin.calendar.saveSchedule.mutate({ schedule: schedule2027, expectedVersion: null });
    expect(saved).toMatchObject({ year: 2027, version: 1 });
    const year = await admin.calendar.year.query({ year: 2027 });
    expect(year.scheduleStatus).toBe('official');
    expect(year.source).toBe(schedule2027.source);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'actor_name', 'operation'])
      .where('entity', '=', 'official_schedules')
      .where('actor_kind', '=', 'user')
      .execute();
    expect(audit).toEqual([{ actor_kind: 'user', actor_name: expect.any(String), operation: 'INSERT' }]);
  });

  it('never silently overwrites a colleague’s edit', async () => {
    const admin = await server.signedIn('admin');
    const first = await admin.calendar.saveSchedule.mutate({
      schedule: { ...schedule2027, source: `${schedule2027.source} (sửa lần 1)` },
      expectedVersion: 1,
    });
    expect(first.version).toBe(2);
    const error = await rejection(
      admin.calendar.saveSchedule.mutate({ schedule: schedule2027, expectedVersion: 1 }),
    );
    expect(error.data?.httpStatus).toBe(409);
    expect(error.message).toMatch(/vừa được người khác cập nhật/);
    const stored = (await admin.calendar.schedules.query()).find((s) => s.year === 2027);
    expect(stored?.schedule.source).toMatch(/sửa lần 1/);
  });

  it('answers a schedule that does not add up with the reason in Vietnamese', async () => {
    const admin = await server.signedIn('admin');
    const error = await rejection(
      admin.calendar.saveSchedule.mutate({
        schedule: {
          ...schedule2027,
          year: 2028,
          daysOff: [{ date: '2028-05-06', name: 'Thử', kind: 'swap' }],
        },
        expectedVersion: null,
      }),
    );
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toMatch(/Thứ Bảy hoặc Chủ nhật|hoán đổi/);
    expect((await admin.calendar.year.query({ year: 2028 })).scheduleStatus).toBe('rules');
  });
});

describe('law holidays with validity (issue 12)', () => {
  const culture = {
    name: 'Ngày Văn hóa Việt Nam',
    month: 11,
    day: 24,
    status: 'in_force' as const,
    validFrom: '2026-07-01',
    basis: 'Văn bản luật giả định cho kiểm thử: sửa đổi khoản 1 Điều 112 Bộ luật Lao động',
  };

  it('ships 24/11 as a proposal, shown beside 2026 and not counted', async () => {
    const client = await server.signedIn('sct');
    const rules = await client.calendar.lawHolidays.query();
    expect(rules.map((r) => [r.day, r.month, r.status])).toEqual([[24, 11, 'proposed']]);
    const year = await client.calendar.year.query({ year: 2026 });
    expect(year.pending.map((p) => p.date)).toEqual(['2026-11-24']);
    expect(year.daysOff.map((d) => d.date)).not.toContain('2026-11-24');
  });

  it('counts a decided holiday from the next request, in the official 2026 too, and drops the proposal', async () => {
    const admin = await server.signedIn('admin');
    const before = await admin.calendar.addWorkingDays.query({ date: '2026-11-20', days: 5 });
    expect(before.date).toBe('2026-11-27');
    const [proposal] = await admin.calendar.lawHolidays.query();
    if (!proposal) throw new Error('no rule');
    const saved = await admin.calendar.saveLawHoliday.mutate({
      id: proposal.id,
      expectedVersion: proposal.version,
      rule: culture,
    });
    expect(saved.version).toBe(proposal.version + 1);
    const year = await admin.calendar.year.query({ year: 2026 });
    expect(year.pending).toEqual([]);
    expect(year.daysOff.find((d) => d.date === '2026-11-24')?.label).toBe('Ngày Văn hóa Việt Nam');
    expect((await admin.calendar.addWorkingDays.query({ date: '2026-11-20', days: 5 })).date).toBe(
      '2026-11-30',
    );
    // A schedule may no longer leave it out.
    const refused = await rejection(
      admin.calendar.saveSchedule.mutate({
        schedule: {
          year: 2031,
          source: 'Thông báo thử nghiệm số 2/TB-BNV',
          daysOff: ruleBasedDaysOff(2031).map((d) => ({
            date: toIsoDate(d.date),
            name: d.name,
            kind: d.kind,
          })),
          workingWeekendDays: [],
        },
        expectedVersion: null,
      }),
    );
    expect(refused.data?.httpStatus).toBe(400);
    expect(refused.data?.issues?.map((i) => [i.field, i.message.split(' (')[0]])).toEqual([
      ['daysOff', 'Lịch nghỉ bỏ mất Ngày Văn hóa Việt Nam'],
    ]);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['operation'])
      .where('entity', '=', 'law_holiday_rules')
      .where('actor_kind', '=', 'user')
      .execute();
    expect(audit).toEqual([{ operation: 'UPDATE' }]);
    // Put the proposal back for the other tests.
    const [decided] = await admin.calendar.lawHolidays.query();
    await admin.calendar.saveLawHoliday.mutate({
      id: decided?.id ?? '',
      expectedVersion: decided?.version ?? 0,
      rule: { ...culture, status: 'proposed' },
    });
  });

  it('refuses a stale decision, a second rule for the same day, and anyone but a plan administrator', async () => {
    const admin = await server.signedIn('admin');
    const [rule] = await admin.calendar.lawHolidays.query();
    const stale = await rejection(
      admin.calendar.saveLawHoliday.mutate({ id: rule?.id ?? '', expectedVersion: 1, rule: culture }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    const twice = await rejection(
      admin.calendar.saveLawHoliday.mutate({ id: null, expectedVersion: null, rule: culture }),
    );
    expect(twice.data?.issues?.map((i) => i.field)).toEqual(['day']);
    const viewer = await server.signedIn('lanhdao');
    const forbidden = await rejection(
      viewer.calendar.saveLawHoliday.mutate({
        id: null,
        expectedVersion: null,
        rule: { ...culture, day: 25 },
      }),
    );
    expect(forbidden.data?.httpStatus).toBe(403);
    expect((await admin.calendar.lawHolidays.query()).map((r) => r.status)).toEqual(['proposed']);
  });
});

describe('deadlines of the plan’s inspections', () => {
  it('are shown on the plan with their state as of today', async () => {
    const admin = await server.signedIn('admin');
    const [summary] = await admin.plans.list.query();
    if (!summary) throw new Error('no plan');
    const plan = await admin.plans.get.query({ planId: summary.id });
    const inspections = plan.targetGroups.flatMap((g) => g.targets).flatMap((t) => t.inspections);
    const dated = inspections.filter((i) => i.startDate !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const i of dated) {
      expect(i.deadlines.map((d) => d.code)).toEqual(['SCHEDULE_NOTICE', 'UNIT_REPORT', 'CONCLUSION_NOTICE']);
      // Before the visit, the conclusion's period has not started.
      if (i.startDate && i.startDate > '2024-04-25') expect(i.deadlines[2]?.state.kind).toBe('not_due');
    }
  });

  it('are explained one by one for a visit the actor may read', async () => {
    const reporter = await server.signedIn('sct');
    const [own] = (await reporter.inspections.list.query()).items;
    if (!own) throw new Error('Sở Công Thương has no inspection in the seed');
    const result = await reporter.inspections.deadlines.query({ inspectionId: own.id });
    expect(result.deadlines).toHaveLength(3);
    const report = result.deadlines[1];
    expect(report?.label).toBe('Báo cáo phục vụ Đoàn kiểm tra');
    expect(report?.explanation.lines[0]).toMatch(/trước 05 ngày làm việc/);
  });
});
