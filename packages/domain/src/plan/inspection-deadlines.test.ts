import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  DEFAULT_DEADLINE_RULES_2024,
  OFFICIAL_SCHEDULES,
  parseIsoDate,
  toIsoDate,
} from '../calendar/index.js';
import { inspectionDeadlines } from './inspection-deadlines.js';

const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES, fromYear: 2020, toYear: 2030 });
const d = parseIsoDate;
const run = (
  facts: Parameters<typeof inspectionDeadlines>[0]['facts'],
  today: string,
  reading: 'A' | 'B' = 'A',
) => inspectionDeadlines({ facts, rules: DEFAULT_DEADLINE_RULES_2024, reading, calendar, today: d(today) });

describe('inspectionDeadlines', () => {
  // Inspection Tue 07/05/2024 (LEGAL.md §1.4): notice by Fri 19/04 (A), report by Fri 26/04 (A),
  // conclusion within 10 working days: 08,09,10,13,14,15,16,17,20,21/05 → Tue 21/05/2024.
  const visit = { startDate: d('2024-05-07'), endDate: d('2024-05-07') };

  it('computes the three deadlines of a visit in order', () => {
    const deadlines = run(visit, '2024-04-01');
    expect(deadlines.map((x) => [x.code, toIsoDate(x.dueDate)])).toEqual([
      ['SCHEDULE_NOTICE', '2024-04-19'],
      ['UNIT_REPORT', '2024-04-26'],
      ['CONCLUSION_NOTICE', '2024-05-21'],
    ]);
  });

  it('uses the strict reading B when the plan says so', () => {
    const [notice] = run(visit, '2024-04-01', 'B');
    expect(notice && toIsoDate(notice.dueDate)).toBe('2024-04-17');
  });

  it('states each deadline as of today', () => {
    const deadlines = run({ ...visit, scheduleNoticeSentOn: d('2024-04-18') }, '2024-04-25');
    expect(deadlines.map((x) => x.state.kind)).toEqual(['met_on_time', 'due_in', 'not_due']);
    expect(deadlines[1]?.stateLabel).toBe('Còn 1 ngày làm việc (hạn 26/04/2024)');
  });

  // Report due Fri 26/04, sent Fri 03/05: 27–28/4 weekend, 29/4 swap, 30/4 and 1/5 off, then 02/05 (1), 03/05 (2).
  // Notice due Fri 19/04, not sent by Thu 23/05: 22–26/4 (5), 2–3/5 (7), Sat 4/5 worked (8), 6–10/5 (13),
  // 13–17/5 (18), 20–23/5 (22). Conclusion due Tue 21/05: 22 and 23/05 (2).
  it('reports a late act and a missed one', () => {
    const deadlines = run({ ...visit, unitReportSubmittedOn: d('2024-05-03') }, '2024-05-23');
    expect(deadlines.map((x) => x.state)).toEqual([
      { kind: 'missed', workingDaysOverdue: 22 },
      { kind: 'met_late', workingDaysLate: 2 },
      { kind: 'missed', workingDaysOverdue: 2 },
    ]);
  });

  it('counts the conclusion from the last day of a multi-day visit', () => {
    // Wed 28/08 – Thu 29/08/2024; from 29/08: 30/08, (31/08–1/09 weekend, 2–3/09 Quốc khánh), 4,5,6,9,10,11,12,13/09 → 9 days by 13/09, 10th is Mon 16/09.
    const [, , conclusion] = run({ startDate: d('2024-08-28'), endDate: d('2024-08-29') }, '2024-08-01');
    expect(conclusion && toIsoDate(conclusion.dueDate)).toBe('2024-09-16');
  });

  it('leaves out a deadline the plan does not have', () => {
    const rules = DEFAULT_DEADLINE_RULES_2024.filter((r) => r.code !== 'UNIT_REPORT');
    const deadlines = inspectionDeadlines({
      facts: visit,
      rules,
      reading: 'A',
      calendar,
      today: d('2024-04-01'),
    });
    expect(deadlines.map((x) => x.code)).toEqual(['SCHEDULE_NOTICE', 'CONCLUSION_NOTICE']);
  });
});
