import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { addDays, type LocalDate, toIsoDate } from '../calendar/local-date.js';
import { OFFICIAL_SCHEDULES } from '../calendar/official-schedules.js';
import { buildCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { type VisitFacts, visitDeadlines } from '../deadlines/visit-deadlines.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import type { VisitPeople } from './reminder-audience.js';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-settings.js';
import { type ReminderVisit, remindersDueOn } from './reminders-due.js';

// Visit Tue 07/05/2024: notice due Fri 19/04, the unit's report due Fri 26/04, conclusion due Tue 21/05.
const people: VisitPeople = {
  unitOfficers: ['officer'],
  unitHeads: ['head'],
  teamLeaderId: 'leader',
  teamMemberIds: ['member'],
  planAdminIds: ['snv'],
};
const base: VisitFacts = { status: 'notified', form: 'on_site', visitDates: [d('2024-05-07')] };

function visitOn(
  facts: Partial<VisitFacts>,
  today: LocalDate,
  cal: WorkingCalendar,
  extra: Partial<ReminderVisit> = {},
) {
  const all = { ...base, ...facts };
  return {
    inspectionId: 'i1',
    planId: 'p1',
    roundId: 'r1',
    unitName: 'UBND huyện Tây Sơn',
    unitInformed: all.scheduleNoticeSentOn !== undefined,
    deadlines: visitDeadlines({
      facts: all,
      rules: DEFAULT_DEADLINE_RULES_2024,
      reading: 'A',
      calendar: cal,
      today,
    }),
    recommendations: [],
    people,
    settings: DEFAULT_REMINDER_SETTINGS,
    ...extra,
  } satisfies ReminderVisit;
}

/** What a daily job sends from `from` to `to`, the facts of each day given by `factsOn`. */
function run(from: string, to: string, factsOn: (today: LocalDate) => Partial<VisitFacts>, cal = calendar) {
  const sent: string[] = [];
  for (let day = d(from); day <= d(to); day = addDays(day, 1)) {
    for (const r of remindersDueOn([visitOn(factsOn(day), day, cal)], cal, day))
      sent.push(`${toIsoDate(day)} ${r.deadlineKey} ${r.step} → ${r.recipientId}`);
  }
  return sent;
}

const noticeOn15 = (): Partial<VisitFacts> => ({ scheduleNoticeSentOn: d('2024-04-15') });

describe('remindersDueOn: the unit report of a notified visit', () => {
  it('reminds the officer 5, 2 and 0 working days before, escalates to the head, then to Sở Nội vụ', () => {
    expect(run('2024-04-15', '2024-05-06', noticeOn15)).toEqual([
      '2024-04-19 UNIT_REPORT before:5 → officer',
      '2024-04-24 UNIT_REPORT before:2 → officer',
      '2024-04-26 UNIT_REPORT before:0 → officer',
      '2024-05-02 UNIT_REPORT overdue → officer',
      '2024-05-02 UNIT_REPORT overdue → head',
      '2024-05-06 UNIT_REPORT escalated → snv',
    ]);
  });

  it('sends nothing once the report is submitted', () => {
    const submittedOn25 = (today: LocalDate): Partial<VisitFacts> =>
      today >= d('2024-04-25')
        ? { ...noticeOn15(), unitReport: { firstSubmittedOn: d('2024-04-25'), awaitingResubmission: false } }
        : noticeOn15();
    expect(run('2024-04-15', '2024-05-10', submittedOn25)).toEqual([
      '2024-04-19 UNIT_REPORT before:5 → officer',
      '2024-04-24 UNIT_REPORT before:2 → officer',
    ]);
  });

  it('reminds the unit of nothing before the schedule notice reaches it, but reminds the leader to send it', () => {
    expect(run('2024-04-08', '2024-04-26', () => ({ status: 'scheduled' }))).toEqual([
      '2024-04-11 SCHEDULE_NOTICE before:5 → leader',
      '2024-04-16 SCHEDULE_NOTICE before:2 → leader', // 18/04 is Giỗ Tổ Hùng Vương
      '2024-04-19 SCHEDULE_NOTICE before:0 → leader',
      '2024-04-22 SCHEDULE_NOTICE overdue → leader',
      '2024-04-25 SCHEDULE_NOTICE escalated → snv',
    ]);
  });

  it('a day off added later reschedules what is pending: 24/04 off moves the 2-day reminder to 23/04', () => {
    const schedules = OFFICIAL_SCHEDULES.map((s) =>
      s.year === 2024
        ? {
            ...s,
            daysOff: [...s.daysOff, { date: '2024-04-24', name: 'Nghỉ đột xuất', kind: 'holiday' as const }],
          }
        : s,
    );
    const edited = buildCalendar({ schedules, fromYear: 2020, toYear: 2030 });
    // The daily job runs on the calendar of its day: the old one until 20/04, the edited one after.
    const sent: string[] = [];
    for (let day = d('2024-04-15'); day <= d('2024-04-26'); day = addDays(day, 1)) {
      const cal = day <= d('2024-04-20') ? calendar : edited;
      for (const r of remindersDueOn([visitOn(noticeOn15(), day, cal)], cal, day))
        sent.push(`${toIsoDate(day)} ${r.step} → ${r.recipientId}`);
    }
    expect(sent).toEqual([
      '2024-04-19 before:5 → officer',
      '2024-04-23 before:2 → officer',
      '2024-04-26 before:0 → officer',
    ]);
  });

  it('nothing is sent on a weekend or a day off, even for an overdue act', () => {
    for (const day of ['2024-04-27', '2024-04-28', '2024-04-30', '2024-05-01'])
      expect(remindersDueOn([visitOn(noticeOn15(), d(day), calendar)], calendar, d(day))).toEqual([]);
  });

  it('words the reminder in Vietnamese with the due date and links to the report', () => {
    const [r] = remindersDueOn([visitOn(noticeOn15(), d('2024-04-19'), calendar)], calendar, d('2024-04-19'));
    expect(r).toMatchObject({
      key: 'reminder:i1:UNIT_REPORT:2024-04-26:before:5:officer',
      kind: 'deadline_reminder',
      title: 'Nhắc hạn: Báo cáo phục vụ Đoàn kiểm tra',
      body: 'UBND huyện Tây Sơn: còn 5 ngày làm việc, hạn 26/04/2024.',
      href: '/bao-cao/i1',
    });
    const [today] = remindersDueOn(
      [visitOn(noticeOn15(), d('2024-04-26'), calendar)],
      calendar,
      d('2024-04-26'),
    );
    expect(today).toMatchObject({ title: 'Đến hạn hôm nay: Báo cáo phục vụ Đoàn kiểm tra' });
    const [late] = remindersDueOn(
      [visitOn(noticeOn15(), d('2024-05-02'), calendar)],
      calendar,
      d('2024-05-02'),
    );
    expect(late).toMatchObject({
      kind: 'deadline_overdue',
      title: 'Quá hạn: Báo cáo phục vụ Đoàn kiểm tra',
      body: 'UBND huyện Tây Sơn: Quá hạn 1 ngày làm việc (hạn 26/04/2024). Cần đơn vị được kiểm tra gửi báo cáo ngay.',
    });
  });

  it('a cancelled visit, and a plan read as history, remind nobody', () => {
    expect(run('2024-04-15', '2024-05-10', () => ({ ...noticeOn15(), status: 'cancelled' }))).toEqual([]);
    const day = d('2024-04-19');
    const v = visitOn(noticeOn15(), day, calendar);
    const historical = { ...v, deadlines: v.deadlines.map((x) => ({ ...x, historical: true })) };
    expect(remindersDueOn([historical], calendar, day)).toEqual([]);
  });
});

describe('remindersDueOn: the team, the round and remediation', () => {
  const concludedLater = (today: LocalDate): Partial<VisitFacts> => ({
    ...noticeOn15(),
    status: 'in_progress',
    unitReport: { firstSubmittedOn: d('2024-04-25'), awaitingResubmission: false },
    ...(today >= d('2024-05-23') ? { conclusionNoticeSentOn: d('2024-05-23') } : {}),
  });

  it('reminds the team of the conclusion notice and, once overdue, its leader; then Sở Nội vụ', () => {
    // Due Tue 21/05/2024; issued late on Thu 23/05: Sở Nội vụ is not told on 27/05.
    expect(run('2024-05-07', '2024-05-31', concludedLater)).toEqual([
      '2024-05-14 CONCLUSION_NOTICE before:5 → leader',
      '2024-05-14 CONCLUSION_NOTICE before:5 → member',
      '2024-05-17 CONCLUSION_NOTICE before:2 → leader',
      '2024-05-17 CONCLUSION_NOTICE before:2 → member',
      '2024-05-21 CONCLUSION_NOTICE before:0 → leader',
      '2024-05-21 CONCLUSION_NOTICE before:0 → member',
      '2024-05-22 CONCLUSION_NOTICE overdue → leader',
      '2024-05-22 CONCLUSION_NOTICE overdue → member',
    ]);
  });

  it('reminds Sở Nội vụ of the round summary once the round is closed, once for all its visits, without escalating to itself', () => {
    const facts: Partial<VisitFacts> = {
      ...noticeOn15(),
      status: 'concluded',
      unitReport: { firstSubmittedOn: d('2024-04-25'), awaitingResubmission: false },
      conclusionNoticeSentOn: d('2024-05-15'),
      round: { end: d('2024-05-31'), closedOn: d('2024-05-31') },
    };
    const sent: string[] = [];
    for (let day = d('2024-06-01'); day <= d('2024-07-10'); day = addDays(day, 1)) {
      const a = visitOn(facts, day, calendar);
      const b = { ...visitOn(facts, day, calendar), inspectionId: 'i2' };
      for (const r of remindersDueOn([a, b], calendar, day))
        sent.push(`${toIsoDate(day)} ${r.step} → ${r.recipientId}`);
    }
    // 20 working days after Fri 31/05/2024: Fri 28/06.
    expect(sent).toEqual([
      '2024-06-21 before:5 → snv',
      '2024-06-26 before:2 → snv',
      '2024-06-28 before:0 → snv',
      '2024-07-01 overdue → snv',
    ]);
  });

  it('reminds the unit of a remediation still to report, not of one awaiting the team’s review', () => {
    const facts: Partial<VisitFacts> = {
      ...noticeOn15(),
      status: 'concluded',
      conclusionNoticeSentOn: d('2024-05-15'),
      recommendations: [
        { id: 'a', action: 'Công khai thủ tục', dueDate: d('2024-10-31'), state: { status: 'open' } },
        { id: 'b', action: 'Số hóa hồ sơ', dueDate: d('2024-10-31'), state: { status: 'reported' } },
      ],
    };
    const day = d('2024-10-24');
    const v = visitOn(facts, day, calendar, {
      recommendations: [
        { id: 'a', status: 'open' },
        { id: 'b', status: 'reported' },
      ],
    });
    expect(
      remindersDueOn([v], calendar, day).map((r) => [r.deadlineKey, r.step, r.recipientId, r.href]),
    ).toEqual([['REMEDIATION:a', 'before:5', 'officer', '/cuoc-kiem-tra/i1/khac-phuc']]);
  });
});
