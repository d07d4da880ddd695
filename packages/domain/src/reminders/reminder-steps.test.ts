import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/local-date.js';
import { OFFICIAL_SCHEDULES } from '../calendar/official-schedules.js';
import { buildCalendar } from '../calendar/working-calendar.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import {
  DEFAULT_REMINDER_SETTINGS,
  reminderSettingsOf,
  reminderSettingsSchema,
} from './reminder-settings.js';
import { reminderKey, reminderSteps } from './reminder-steps.js';

const days = (due: string, settings = DEFAULT_REMINDER_SETTINGS, cal = calendar) =>
  reminderSteps(d(due), settings, cal).map((s) => [s.step, toIsoDate(s.sendOn)]);

describe('reminderSteps: 5, 2 and 0 working days before, then overdue and escalated', () => {
  it('counts working days back from a Friday due date and forward over the 30/04–01/05/2024 break', () => {
    // Fri 26/04/2024: back 5 working days is Fri 19/04; the next working day after it is Thu 02/05
    // (29/04 swapped, 30/04 and 01/05 holidays); three more working days: Fri 03/05, Sat 04/05 (làm bù), Mon 06/05.
    expect(days('2024-04-26')).toEqual([
      ['before:5', '2024-04-19'],
      ['before:2', '2024-04-24'],
      ['before:0', '2024-04-26'],
      ['overdue', '2024-05-02'],
      ['escalated', '2024-05-06'],
    ]);
  });

  it('skips the weekend counting back: 2 working days before a Tuesday is the Friday before', () => {
    expect(days('2024-05-14').slice(0, 3)).toEqual([
      ['before:5', '2024-05-07'],
      ['before:2', '2024-05-10'],
      ['before:0', '2024-05-14'],
    ]);
  });

  it('sends the reminder of a due date on a day off the working day before, and escalates from the next working day', () => {
    // Sun 08/09/2024: the last working day before is Fri 06/09 (02 and 03/09 are days off); the first after is Mon 09/09.
    expect(days('2024-09-08')).toEqual([
      ['before:5', '2024-08-29'],
      ['before:2', '2024-09-05'],
      ['before:0', '2024-09-06'],
      ['overdue', '2024-09-09'],
      ['escalated', '2024-09-12'],
    ]);
  });

  it('counts over the National Day break: 2 working days before Wed 04/09/2024 is Thu 29/08', () => {
    // 31/08–03/09/2024 are days off: 30/08 is the first working day before, 29/08 the second.
    expect(days('2024-09-04')).toEqual([
      ['before:5', '2024-08-26'],
      ['before:2', '2024-08-29'],
      ['before:0', '2024-09-04'],
      ['overdue', '2024-09-05'],
      ['escalated', '2024-09-10'],
    ]);
  });

  it('follows the plan settings: other steps, another escalation delay', () => {
    expect(days('2024-04-26', { beforeWorkingDays: [10, 1], escalateAfterWorkingDays: 1 })).toEqual([
      // 18/04/2024 is Giỗ Tổ Hùng Vương.
      ['before:10', '2024-04-11'],
      ['before:1', '2024-04-25'],
      ['overdue', '2024-05-02'],
      ['escalated', '2024-05-03'],
    ]);
  });

  it('an added day off reschedules the steps it affects', () => {
    const extra = OFFICIAL_SCHEDULES.map((s) =>
      s.year === 2024
        ? {
            ...s,
            daysOff: [...s.daysOff, { date: '2024-04-24', name: 'Nghỉ đột xuất', kind: 'holiday' as const }],
          }
        : s,
    );
    const edited = buildCalendar({ schedules: extra, fromYear: 2020, toYear: 2030 });
    expect(days('2024-04-26', DEFAULT_REMINDER_SETTINGS, edited).slice(0, 2)).toEqual([
      ['before:5', '2024-04-17'],
      ['before:2', '2024-04-23'],
    ]);
  });
});

describe('reminderKey', () => {
  it('names who, which deadline on which due date, which step', () => {
    expect(
      reminderKey({
        scope: 'i1',
        deadlineKey: 'UNIT_REPORT',
        dueDate: d('2024-04-26'),
        step: 'before:5',
        recipientId: 'u1',
      }),
    ).toBe('reminder:i1:UNIT_REPORT:2024-04-26:before:5:u1');
  });
});

describe('reminder settings', () => {
  it('defaults to 5, 2, 0 and 3, and reads stored settings sorted from the earliest step', () => {
    expect(reminderSettingsOf(null)).toEqual({ beforeWorkingDays: [5, 2, 0], escalateAfterWorkingDays: 3 });
    expect(reminderSettingsOf({ beforeWorkingDays: [0, 3], escalateAfterWorkingDays: 2 })).toEqual({
      beforeWorkingDays: [3, 0],
      escalateAfterWorkingDays: 2,
    });
  });

  it('refuses repeats, negative days, too many steps and no escalation delay, in Vietnamese', () => {
    const messages = (v: unknown) => {
      const r = reminderSettingsSchema.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages({ beforeWorkingDays: [2, 2], escalateAfterWorkingDays: 3 })).toEqual([
      'Các mốc nhắc việc bị lặp.',
    ]);
    expect(messages({ beforeWorkingDays: [-1], escalateAfterWorkingDays: 3 })).toEqual([
      'Số ngày làm việc nhắc trước hạn không được âm.',
    ]);
    expect(
      messages({ beforeWorkingDays: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], escalateAfterWorkingDays: 3 }),
    ).toEqual(['Tối đa 10 mốc nhắc việc trước hạn.']);
    expect(messages({ beforeWorkingDays: [5], escalateAfterWorkingDays: 0 })).toEqual([
      'Số ngày làm việc trước khi báo Sở Nội vụ phải từ 1 trở lên.',
    ]);
    expect(reminderSettingsOf({ beforeWorkingDays: 'x' })).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});
