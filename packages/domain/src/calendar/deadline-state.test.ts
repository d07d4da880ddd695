import { describe, expect, it } from 'vitest';
import { type DeadlineState, deadlineState, deadlineStateLabel } from './deadline-state.js';
import { parseIsoDate as d } from './local-date.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { buildCalendar } from './working-calendar.js';

const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES });
// Conclusion notice for an inspection on Wed 28/08/2024: due Fri 13/09/2024.
const after = { dueDate: d('2024-09-13'), direction: 'after' as const, baseDate: d('2024-08-28'), calendar };
// Schedule notice for an inspection on Tue 07/05/2024: due Fri 19/04/2024 (reading A).
const before = {
  dueDate: d('2024-04-19'),
  direction: 'before' as const,
  baseDate: d('2024-05-07'),
  calendar,
};

describe('deadlineState', () => {
  it('is not due before the base event of an "after" deadline', () => {
    expect(deadlineState({ ...after, today: d('2024-08-27') })).toEqual({ kind: 'not_due' });
    expect(deadlineState({ ...after, today: d('2024-08-28') })).toEqual({ kind: 'due_in', workingDays: 10 });
  });

  it('counts working days left, 0 on the due date itself', () => {
    expect(deadlineState({ ...after, today: d('2024-08-30') })).toEqual({ kind: 'due_in', workingDays: 8 });
    expect(deadlineState({ ...after, today: d('2024-09-01') })).toEqual({ kind: 'due_in', workingDays: 8 });
    expect(deadlineState({ ...after, today: d('2024-09-13') })).toEqual({ kind: 'due_in', workingDays: 0 });
    // A "before" deadline counts down from the start: there is no "not yet due".
    // Mon 01/04 → Fri 19/04: 2–5/4 (4), 8–12/4 (9), 15–17/4 (12), 18/4 Giỗ Tổ off, 19/4 (13).
    expect(deadlineState({ ...before, today: d('2024-04-01') })).toEqual({ kind: 'due_in', workingDays: 13 });
  });

  it('is met on time up to and including the due date, even on a non-working day', () => {
    expect(deadlineState({ ...after, doneOn: d('2024-09-13'), today: d('2024-10-01') })).toEqual({
      kind: 'met_on_time',
    });
    expect(deadlineState({ ...before, doneOn: d('2024-04-14'), today: d('2024-05-07') })).toEqual({
      kind: 'met_on_time',
    });
  });

  it('counts lateness in working days, a weekend act counting as the next working day', () => {
    expect(deadlineState({ ...after, doneOn: d('2024-09-16'), today: d('2024-09-20') })).toEqual({
      kind: 'met_late',
      workingDaysLate: 1,
    });
    expect(deadlineState({ ...after, doneOn: d('2024-09-14'), today: d('2024-09-20') })).toEqual({
      kind: 'met_late',
      workingDaysLate: 1,
    });
    // Notice due Fri 19/04; sent Fri 26/04 → 22, 23, 24, 25, 26/04 = 5 working days late.
    expect(deadlineState({ ...before, doneOn: d('2024-04-26'), today: d('2024-05-07') })).toEqual({
      kind: 'met_late',
      workingDaysLate: 5,
    });
  });

  it('is missed once the due date has passed, overdue by what doing it today would cost', () => {
    expect(deadlineState({ ...after, today: d('2024-09-14') })).toEqual({
      kind: 'missed',
      workingDaysOverdue: 1,
    });
    expect(deadlineState({ ...after, today: d('2024-09-17') })).toEqual({
      kind: 'missed',
      workingDaysOverdue: 2,
    });
    // Due Fri 19/04, today Thu 02/05: 22–26/04 (5) and 02/05 (6); 29/4–1/5 are off.
    expect(deadlineState({ ...before, today: d('2024-05-02') })).toEqual({
      kind: 'missed',
      workingDaysOverdue: 6,
    });
  });

  it('labels each state in Vietnamese', () => {
    const cases: [DeadlineState, string][] = [
      [{ kind: 'not_due' }, 'Chưa đến thời gian tính hạn'],
      [{ kind: 'due_in', workingDays: 0 }, 'Đến hạn hôm nay'],
      [{ kind: 'due_in', workingDays: 3 }, 'Còn 3 ngày làm việc'],
      [{ kind: 'met_on_time' }, 'Đã thực hiện đúng hạn'],
      [{ kind: 'met_late', workingDaysLate: 2 }, 'Đã thực hiện, trễ 2 ngày làm việc'],
      [{ kind: 'missed', workingDaysOverdue: 4 }, 'Quá hạn 4 ngày làm việc'],
    ];
    for (const [state, label] of cases) expect(deadlineStateLabel(state)).toBe(label);
    expect(deadlineStateLabel({ kind: 'due_in', workingDays: 3 }, d('2024-09-13'))).toBe(
      'Còn 3 ngày làm việc (hạn 13/09/2024)',
    );
  });
});
