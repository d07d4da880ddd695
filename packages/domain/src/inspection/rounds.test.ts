import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import {
  checkRoundClosable,
  type Round,
  type RoundInspection,
  roundEnd,
  summaryReportDeadline,
} from './rounds.js';
import { calendar, codesOf, d, messagesOf } from './test-fixtures.js';

const visit = (
  id: string,
  dates: string[],
  status: RoundInspection['status'] = 'concluded',
): RoundInspection => ({
  id,
  unitName: `Đơn vị ${id}`,
  status,
  dates: dates.map(d),
});
const inspections = [
  visit('i1', ['2024-09-25']),
  visit('i2', ['2024-09-30', '2024-09-27']),
  visit('i3', ['2024-10-15'], 'cancelled'),
];
const closed: Round = { id: 'dot-3', inspections, closedOn: d('2024-10-01') };
const rules = DEFAULT_DEADLINE_RULES_2024;

describe('roundEnd', () => {
  it('is the last on-site day of the inspections that took place', () => {
    expect(roundEnd(inspections)).toBe(d('2024-09-30'));
    expect(roundEnd([])).toBeUndefined();
    expect(roundEnd([visit('x', [])])).toBeUndefined();
  });
});

describe('checkRoundClosable', () => {
  it('closes a round whose inspections are all dated and over', () => {
    expect(checkRoundClosable({ round: closed, today: d('2024-09-30') })).toEqual({ ok: true });
  });

  it('refuses while an inspection has no date, naming it', () => {
    const r = checkRoundClosable({
      round: { inspections: [...inspections, visit('i4', [], 'planned')] },
      today: d('2024-10-01'),
    });
    expect(messagesOf(r)).toEqual([
      'Cuộc kiểm tra tại Đơn vị i4 chưa có ngày kiểm tra; hãy lập lịch hoặc hủy cuộc kiểm tra trước khi kết thúc đợt.',
    ]);
    expect(r.ok === false && r.issues[0]?.itemIds).toEqual(['i4']);
  });

  it('refuses before the last on-site day, and an empty round', () => {
    expect(messagesOf(checkRoundClosable({ round: closed, today: d('2024-09-29') }))).toEqual([
      'Đợt kiểm tra chưa kết thúc: ngày kiểm tra cuối cùng là 30/09/2024.',
    ]);
    expect(
      messagesOf(
        checkRoundClosable({
          round: { inspections: [visit('c', ['2024-09-01'], 'cancelled')] },
          today: d('2024-10-01'),
        }),
      ),
    ).toEqual(['Đợt kiểm tra chưa có cuộc kiểm tra nào; không thể kết thúc đợt.']);
  });
});

describe('summaryReportDeadline', () => {
  it('is due Mon 28/10/2024 for a round ending Mon 30/09/2024', () => {
    const r = summaryReportDeadline({ round: closed, rules, calendar, today: d('2024-10-01') });
    expect(r.ok && r.deadline.dueDate).toBe(d('2024-10-28'));
    expect(r.ok && r.deadline.state).toEqual({ kind: 'due_in', workingDays: 19 });
    expect(r.ok && r.deadline.explanation.baseEvent.label).toBe('ngày kết thúc đợt kiểm tra');
  });

  it('tells on time from late from missed', () => {
    const on = summaryReportDeadline({
      round: closed,
      rules,
      calendar,
      today: d('2024-11-05'),
      submittedOn: d('2024-10-28'),
    });
    expect(on.ok && on.deadline.state).toEqual({ kind: 'met_on_time' });
    const late = summaryReportDeadline({
      round: closed,
      rules,
      calendar,
      today: d('2024-11-05'),
      submittedOn: d('2024-10-30'),
    });
    expect(late.ok && late.deadline.stateLabel).toBe(
      'Đã báo cáo trễ 2 ngày làm việc ngày 30/10/2024 (hạn 28/10/2024)',
    );
    const missed = summaryReportDeadline({ round: closed, rules, calendar, today: d('2024-10-29') });
    expect(missed.ok && missed.deadline.state).toEqual({ kind: 'missed', workingDaysOverdue: 1 });
  });

  it('does not start before the round is closed', () => {
    const open: Round = { id: 'dot-3', inspections };
    expect(
      messagesOf(summaryReportDeadline({ round: open, rules, calendar, today: d('2024-10-01') })),
    ).toEqual([
      'Đợt kiểm tra chưa kết thúc; thời hạn báo cáo kết quả kiểm tra bắt đầu tính khi kết thúc đợt.',
    ]);
  });

  it('refuses a round with an undated inspection, and a plan without the rule', () => {
    const undated: Round = { ...closed, inspections: [...inspections, visit('i4', [], 'scheduled')] };
    expect(
      codesOf(summaryReportDeadline({ round: undated, rules, calendar, today: d('2024-10-01') })),
    ).toEqual(['round_inspection_without_date']);
    expect(
      messagesOf(summaryReportDeadline({ round: closed, rules: [], calendar, today: d('2024-10-01') })),
    ).toEqual([
      'Kế hoạch chưa có quy định thời hạn báo cáo kết quả kiểm tra (số ngày làm việc kể từ khi kết thúc đợt).',
    ]);
  });
});
