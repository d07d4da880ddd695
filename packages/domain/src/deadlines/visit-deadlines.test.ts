import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { toIsoDate } from '../calendar/local-date.js';
import { OFFICIAL_SCHEDULES } from '../calendar/official-schedules.js';
import { buildCalendar } from '../calendar/working-calendar.js';
import { isOverdue } from '../inspection/recommendations.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import type { InspectionDeadline } from './act-deadline.js';
import { type VisitFacts, visitDeadlines } from './visit-deadlines.js';

// Visit Tue 07/05/2024 (LEGAL.md §1.4): notice by Fri 19/04 (reading A), report by Fri 26/04,
// conclusion within 10 working days: 08,09,10,13,14,15,16,17,20,21/05 → Tue 21/05/2024.
const visit: VisitFacts = { status: 'notified', form: 'on_site', visitDates: [d('2024-05-07')] };

const run = (facts: Partial<VisitFacts>, today: string, historical = false) =>
  visitDeadlines({
    facts: { ...visit, ...facts },
    rules: DEFAULT_DEADLINE_RULES_2024,
    reading: 'A',
    calendar,
    today: d(today),
    historical,
  });
const byCode = (list: InspectionDeadline[], code: string) => {
  const found = list.find((x) => x.key === code);
  if (!found) throw new Error(`no deadline ${code}`);
  return found;
};
const summary = (list: InspectionDeadline[]) =>
  list.map((x) => [x.key, toIsoDate(x.dueDate), x.state, x.stateLabel]);

describe('visitDeadlines: the schedule notice (≥ 10 working days before)', () => {
  it('is due in N working days, then done on time on its date, late by N, or overdue by N', () => {
    expect(byCode(run({}, '2024-04-16'), 'SCHEDULE_NOTICE')).toMatchObject({
      state: { kind: 'due_in', workingDays: 2 },
      stateLabel: 'Còn 2 ngày làm việc (hạn 19/04/2024)',
    });
    expect(byCode(run({}, '2024-04-19'), 'SCHEDULE_NOTICE').stateLabel).toBe(
      'Đến hạn hôm nay (hạn 19/04/2024)',
    );
    expect(
      byCode(run({ scheduleNoticeSentOn: d('2024-04-18') }, '2024-05-20'), 'SCHEDULE_NOTICE'),
    ).toMatchObject({
      state: { kind: 'met_on_time' },
      stateLabel: 'Đã gửi đúng hạn ngày 18/04/2024 (hạn 19/04/2024)',
    });
    // Sent Tue 23/04: 22, 23/04 → 2 working days late.
    expect(
      byCode(run({ scheduleNoticeSentOn: d('2024-04-23') }, '2024-05-20'), 'SCHEDULE_NOTICE'),
    ).toMatchObject({
      state: { kind: 'met_late', workingDaysLate: 2 },
      stateLabel: 'Đã gửi trễ 2 ngày làm việc ngày 23/04/2024 (hạn 19/04/2024)',
    });
    expect(byCode(run({}, '2024-04-24'), 'SCHEDULE_NOTICE')).toMatchObject({
      state: { kind: 'missed', workingDaysOverdue: 3 },
      stateLabel: 'Quá hạn 3 ngày làm việc (hạn 19/04/2024)',
    });
  });

  it('does not apply to a desk inspection, which has no visit to announce', () => {
    const notice = byCode(run({ form: 'desk' }, '2024-04-24'), 'SCHEDULE_NOTICE');
    expect(notice.state).toEqual({
      kind: 'not_applicable',
      reason: 'kiểm tra qua báo cáo, không làm việc trực tiếp tại đơn vị',
    });
    expect(notice.stateLabel).toBe(
      'Không áp dụng: kiểm tra qua báo cáo, không làm việc trực tiếp tại đơn vị',
    );
    // The unit's report is what a desk inspection reads: it still applies.
    expect(byCode(run({ form: 'desk' }, '2024-04-24'), 'UNIT_REPORT').state.kind).toBe('due_in');
  });
});

describe('visitDeadlines: the unit report (≥ 5 working days before)', () => {
  it('reads "đã gửi đúng hạn" once submitted by the due date, whatever the day it is viewed', () => {
    const report = {
      firstSubmittedOn: d('2024-04-25'),
      lastSubmittedOn: d('2024-04-25'),
      awaitingResubmission: false,
    };
    for (const today of ['2024-04-25', '2024-05-07', '2024-12-31']) {
      expect(byCode(run({ unitReport: report }, today), 'UNIT_REPORT')).toMatchObject({
        state: { kind: 'met_on_time' },
        stateLabel: 'Đã gửi đúng hạn ngày 25/04/2024 (hạn 26/04/2024)',
        note: undefined,
      });
    }
  });

  it('is late by the working days after the due date, the holiday of 29/04–01/05 skipped', () => {
    const late = {
      firstSubmittedOn: d('2024-05-02'),
      lastSubmittedOn: d('2024-05-02'),
      awaitingResubmission: false,
    };
    expect(byCode(run({ unitReport: late }, '2024-05-07'), 'UNIT_REPORT').state).toEqual({
      kind: 'met_late',
      workingDaysLate: 1,
    });
  });

  it('is overdue while not submitted after the due date, due in N before it', () => {
    expect(byCode(run({}, '2024-04-22'), 'UNIT_REPORT').state).toEqual({ kind: 'due_in', workingDays: 4 });
    expect(byCode(run({}, '2024-05-03'), 'UNIT_REPORT').state).toEqual({
      kind: 'missed',
      workingDaysOverdue: 2,
    });
  });

  it('keeps the first submission when the team reopens the report, and says it awaits resubmission', () => {
    const reopened = {
      firstSubmittedOn: d('2024-04-24'),
      lastSubmittedOn: d('2024-04-24'),
      awaitingResubmission: true,
    };
    const dl = byCode(run({ unitReport: reopened }, '2024-05-03'), 'UNIT_REPORT');
    expect(dl.state).toEqual({ kind: 'met_on_time' });
    expect(dl.note).toBe('Đoàn kiểm tra đã mở lại báo cáo; đơn vị chỉnh sửa và gửi lại.');
    const resent = {
      firstSubmittedOn: d('2024-04-24'),
      lastSubmittedOn: d('2024-05-03'),
      awaitingResubmission: false,
    };
    const again = byCode(run({ unitReport: resent }, '2024-05-06'), 'UNIT_REPORT');
    expect(again.state).toEqual({ kind: 'met_on_time' });
    expect(again.note).toBe('Đơn vị đã gửi lại báo cáo ngày 03/05/2024.');
  });
});

describe('visitDeadlines: the conclusion notice (within 10 working days)', () => {
  it('is not yet due before the visit, then counts from the last on-site day', () => {
    expect(byCode(run({}, '2024-05-06'), 'CONCLUSION_NOTICE').state).toEqual({ kind: 'not_due' });
    expect(byCode(run({}, '2024-05-07'), 'CONCLUSION_NOTICE').state).toEqual({
      kind: 'due_in',
      workingDays: 10,
    });
    const twoDays = run({ visitDates: [d('2024-05-08'), d('2024-05-07')] }, '2024-05-08');
    expect(toIsoDate(byCode(twoDays, 'CONCLUSION_NOTICE').dueDate)).toBe('2024-05-22');
  });

  it('is done on time, late or overdue by the notice date', () => {
    expect(
      byCode(run({ conclusionNoticeSentOn: d('2024-05-21') }, '2024-06-01'), 'CONCLUSION_NOTICE').stateLabel,
    ).toBe('Đã thông báo đúng hạn ngày 21/05/2024 (hạn 21/05/2024)');
    expect(
      byCode(run({ conclusionNoticeSentOn: d('2024-05-23') }, '2024-06-01'), 'CONCLUSION_NOTICE').state,
    ).toEqual({
      kind: 'met_late',
      workingDaysLate: 2,
    });
    expect(byCode(run({}, '2024-05-22'), 'CONCLUSION_NOTICE').state).toEqual({
      kind: 'missed',
      workingDaysOverdue: 1,
    });
  });
});

describe('visitDeadlines: the summary report (within 20 working days of the round’s end)', () => {
  it('is absent without a round, a forecast while the round is open, counted once it is closed', () => {
    expect(run({}, '2024-05-08').some((x) => x.code === 'SUMMARY_REPORT')).toBe(false);
    const open = byCode(run({ round: { end: d('2024-05-07') } }, '2024-05-08'), 'SUMMARY_REPORT');
    expect(open.state).toEqual({ kind: 'not_due' });
    expect(open.stateLabel).toBe(
      'Chưa kết thúc đợt kiểm tra; nếu đợt kết thúc ngày 07/05/2024, hạn là 04/06/2024',
    );
    const closed = { end: d('2024-05-07'), closedOn: d('2024-05-08') };
    expect(byCode(run({ round: closed }, '2024-06-03'), 'SUMMARY_REPORT').state).toEqual({
      kind: 'due_in',
      workingDays: 1,
    });
    expect(
      byCode(run({ round: { ...closed, summaryIssuedOn: d('2024-06-04') } }, '2024-07-01'), 'SUMMARY_REPORT')
        .stateLabel,
    ).toBe('Đã báo cáo đúng hạn ngày 04/06/2024 (hạn 04/06/2024)');
    expect(byCode(run({ round: closed }, '2024-06-06'), 'SUMMARY_REPORT').state).toEqual({
      kind: 'missed',
      workingDaysOverdue: 2,
    });
  });
});

describe('visitDeadlines: remediation (by the due date the team set)', () => {
  const rec = (
    status: 'open' | 'reported' | 'returned' | 'in_progress' | 'done' | 'carried_over',
    extra = {},
  ) => ({
    id: 'r1',
    action: 'Công khai thủ tục hành chính',
    dueDate: d('2024-06-28'),
    state: { status, ...extra },
  });
  const concluded = { status: 'concluded' as const, conclusionNoticeSentOn: d('2024-05-20') };
  const remediation = (r: ReturnType<typeof rec>, today: string) =>
    byCode(run({ ...concluded, recommendations: [r] }, today), 'REMEDIATION:r1');

  it('waits for the conclusion notice, then is due by the date set', () => {
    expect(run({ recommendations: [rec('open')] }, '2024-05-10').some((x) => x.code === 'REMEDIATION')).toBe(
      false,
    );
    const dl = remediation(rec('open'), '2024-06-26');
    expect(dl).toMatchObject({
      label: 'Báo cáo kết quả khắc phục sau kiểm tra: Công khai thủ tục hành chính',
      state: { kind: 'due_in', workingDays: 2 },
    });
  });

  it('is done on time or late by the day of the report accepted as done', () => {
    expect(remediation(rec('done', { doneOn: d('2024-06-27') }), '2024-07-10').stateLabel).toBe(
      'Đã khắc phục đúng hạn ngày 27/06/2024 (hạn 28/06/2024)',
    );
    expect(remediation(rec('done', { doneOn: d('2024-07-02') }), '2024-07-10').state).toEqual({
      kind: 'met_late',
      workingDaysLate: 2,
    });
  });

  it('is overdue when not accepted as done, and says where the report stands', () => {
    const reported = rec('reported', {
      lastReport: {
        state: 'done',
        actionsTaken: 'Đã công khai',
        evidenceRefs: [],
        submittedOn: d('2024-06-25'),
      },
    });
    const dl = remediation(reported, '2024-07-02');
    expect(dl.state).toEqual({ kind: 'missed', workingDaysOverdue: 2 });
    expect(dl.note).toBe('Đơn vị đã báo cáo ngày 25/06/2024, chờ Đoàn kiểm tra xem xét.');
    expect(remediation(rec('returned'), '2024-06-10').note).toBe(
      'Báo cáo khắc phục bị trả lại; đơn vị báo cáo lại.',
    );
    expect(remediation(rec('in_progress'), '2024-06-10').note).toBe('Đoàn kiểm tra ghi nhận đang khắc phục.');
  });

  it('stays overdue once carried over to later follow-up, as the overdue flag of every list says', () => {
    const carried = rec('carried_over', { carryOverReason: 'Chờ kinh phí' });
    const dl = remediation(carried, '2024-07-10');
    expect(dl.state.kind).toBe('missed');
    expect(dl.note).toBe('Kiến nghị đã chuyển tiếp theo dõi.');
    for (const r of [rec('open'), rec('done', { doneOn: d('2024-07-02') }), carried]) {
      for (const today of ['2024-06-28', '2024-06-29', '2024-07-10']) {
        expect(remediation(r, today).state.kind === 'missed').toBe(isOverdue(r, d(today)));
      }
    }
  });
});

describe('visitDeadlines: visits without deadlines to meet', () => {
  it('has none before the visit has a date', () => {
    expect(run({ visitDates: [] }, '2024-04-01')).toEqual([]);
  });

  it('marks every deadline of a cancelled visit not applicable, with no summary or remediation', () => {
    const list = run(
      {
        status: 'cancelled',
        round: { end: d('2024-05-07'), closedOn: d('2024-05-08') },
        conclusionNoticeSentOn: d('2024-05-20'),
        recommendations: [{ id: 'r1', action: 'x', dueDate: d('2024-06-28'), state: { status: 'open' } }],
      },
      '2024-07-01',
    );
    expect(list.map((x) => [x.code, x.state.kind, x.stateLabel])).toEqual([
      ['SCHEDULE_NOTICE', 'not_applicable', 'Không áp dụng: cuộc kiểm tra đã hủy'],
      ['UNIT_REPORT', 'not_applicable', 'Không áp dụng: cuộc kiểm tra đã hủy'],
      ['CONCLUSION_NOTICE', 'not_applicable', 'Không áp dụng: cuộc kiểm tra đã hủy'],
    ]);
  });
});

describe('visitDeadlines: estimated dates and history', () => {
  it('says "dự kiến" when the deadline falls in a year without an official day-off schedule', () => {
    const in2027 = run({ visitDates: [d('2027-05-11')] }, '2027-04-01');
    for (const x of in2027) expect(x.provisional).toBe(true);
    expect(byCode(in2027, 'SCHEDULE_NOTICE').stateLabel).toMatch(
      /^Còn \d+ ngày làm việc \(hạn \d\d\/\d\d\/2027, dự kiến\) — năm 2027 chưa có lịch nghỉ chính thức, hạn có thể thay đổi$/,
    );
    for (const x of run({}, '2024-04-01')) expect(x.provisional).toBe(false);
  });

  it('reads a plan past its year as history: final states, no growing count', () => {
    const list = run({ scheduleNoticeSentOn: d('2024-04-18') }, '2026-12-03', true);
    expect(summary(list).map(([key, , , label]) => [key, label])).toEqual([
      ['SCHEDULE_NOTICE', 'Đã gửi đúng hạn ngày 18/04/2024 (hạn 19/04/2024)'],
      ['UNIT_REPORT', 'Không có ghi nhận đã gửi (hạn 26/04/2024)'],
      ['CONCLUSION_NOTICE', 'Không có ghi nhận đã thông báo (hạn 21/05/2024)'],
    ]);
    expect(list.every((x) => x.historical)).toBe(true);
    // A visit of that plan due this year (an ad-hoc one) still counts as today's work.
    const late = run({ visitDates: [d('2026-12-28')] }, '2026-12-03', true);
    expect(late.map((x) => [x.historical, x.state.kind])).toEqual([
      [false, 'due_in'],
      [false, 'due_in'],
      [false, 'not_due'],
    ]);
  });
});

describe('visitDeadlines: a moved deadline', () => {
  it('moves with the visit dates and with an edit of the year’s days off', () => {
    const moved = run({ visitDates: [d('2024-05-14')] }, '2024-04-01');
    expect(toIsoDate(byCode(moved, 'SCHEDULE_NOTICE').dueDate)).toBe('2024-04-26');
    // An administrator adds Mon 22/04/2024 as a day off: the notice for 07/05 moves back past Thu 18/04 (Giỗ Tổ).
    const base = OFFICIAL_SCHEDULES.find((s) => s.year === 2024);
    if (!base) throw new Error('no 2024 schedule');
    const edited = buildCalendar({
      schedules: [
        ...OFFICIAL_SCHEDULES.filter((s) => s.year !== 2024),
        {
          ...base,
          daysOff: [
            ...base.daysOff,
            { date: '2024-04-22', name: 'Ngày nghỉ thêm', kind: 'holiday' as const },
          ],
        },
      ],
      fromYear: 2020,
      toYear: 2030,
    });
    const after = visitDeadlines({
      facts: visit,
      rules: DEFAULT_DEADLINE_RULES_2024,
      reading: 'A',
      calendar: edited,
      today: d('2024-04-01'),
    });
    expect(toIsoDate(byCode(after, 'SCHEDULE_NOTICE').dueDate)).toBe('2024-04-17');
  });
});
