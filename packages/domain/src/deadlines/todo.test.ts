import { describe, expect, it } from 'vitest';
import type { Action } from '../access/actions.js';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { toIsoDate } from '../calendar/local-date.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import { todoItems as itemsOn, type TodoVisit } from './todo.js';
import { type VisitFacts, visitDeadlines } from './visit-deadlines.js';

// Visit Tue 07/05/2024: notice due 19/04, report due 26/04, conclusion due 21/05/2024.
const base: VisitFacts = { status: 'notified', form: 'on_site', visitDates: [d('2024-05-07')] };
const rec = { id: 'r1', action: 'Công khai TTHC', dueDate: d('2024-06-28') };

// Each visit is read on its own day; the list is read on the day of its first visit.
const todayOf = new WeakMap<TodoVisit, string>();
const todoItems = (visits: TodoVisit[]) =>
  itemsOn(visits, {
    today: d(visits[0] ? (todayOf.get(visits[0]) ?? '2024-01-01') : '2024-01-01'),
    calendar,
  });
function visit(
  facts: Partial<VisitFacts>,
  today: string,
  may: Action[],
  extra: Partial<TodoVisit> = {},
  historical = false,
): TodoVisit {
  const all = { ...base, ...facts };
  const v: TodoVisit = {
    inspectionId: 'i1',
    planId: 'p1',
    roundId: null,
    unitName: 'Sở Công Thương',
    deadlines: visitDeadlines({
      facts: all,
      rules: DEFAULT_DEADLINE_RULES_2024,
      reading: 'A',
      calendar,
      today: d(today),
      historical,
    }),
    recommendations: (all.recommendations ?? []).map((r) => ({ ...r, status: r.state.status })),
    may: new Set(may),
    ...extra,
  };
  todayOf.set(v, today);
  return v;
}
const titles = (v: TodoVisit[]) =>
  todoItems(v).map((i) => [i.title, toIsoDate(i.dueDate), i.workingDaysLeft, i.href]);

describe('todoItems', () => {
  it('gives the unit’s officer its report, due in N working days, linked to the report page', () => {
    expect(titles([visit({}, '2024-04-22', ['report.write'])])).toEqual([
      ['Gửi báo cáo phục vụ Đoàn kiểm tra', '2024-04-26', 4, '/bao-cao/i1'],
    ]);
  });

  it('lists nothing the person cannot act on: the same visit for someone without the right is empty', () => {
    expect(todoItems([visit({}, '2024-04-22', ['inspection.read', 'report.read'])])).toEqual([]);
  });

  it('drops an act once done, and asks to send the report again once the team reopened it', () => {
    const sent = { firstSubmittedOn: d('2024-04-24'), awaitingResubmission: false };
    expect(todoItems([visit({ unitReport: sent }, '2024-04-25', ['report.write'])])).toEqual([]);
    expect(
      titles([
        visit({ unitReport: { ...sent, awaitingResubmission: true } }, '2024-04-25', ['report.write']),
      ]),
    ).toEqual([['Chỉnh sửa và gửi lại báo cáo', '2024-04-26', 0, '/bao-cao/i1']]);
  });

  it('gives the plan’s administrator the notice to send, overdue ones with negative days, soonest first', () => {
    const early = visit({}, '2024-04-24', ['inspection.schedule']);
    const later = visit({ visitDates: [d('2024-05-21')] }, '2024-04-24', ['inspection.schedule'], {
      inspectionId: 'i2',
      unitName: 'UBND huyện Tây Sơn',
    });
    expect(titles([later, early])).toEqual([
      ['Gửi thông báo lịch kiểm tra', '2024-04-19', -3, '/ke-hoach/p1/lich-kiem-tra/i1'],
      ['Gửi thông báo lịch kiểm tra', '2024-05-07', 7, '/ke-hoach/p1/lich-kiem-tra/i2'],
    ]);
  });

  it('gives the team leader the conclusion notice once the period has begun, and reports to review', () => {
    const leader: Action[] = ['inspection.conclude', 'remediation.review'];
    expect(todoItems([visit({}, '2024-05-06', leader)])).toEqual([]);
    expect(titles([visit({}, '2024-05-08', leader)])).toEqual([
      ['Ban hành thông báo kết luận kiểm tra', '2024-05-21', 9, '/cuoc-kiem-tra/i1/ket-luan'],
    ]);
    const concluded = {
      status: 'concluded' as const,
      conclusionNoticeSentOn: d('2024-05-20'),
      recommendations: [{ ...rec, state: { status: 'reported' as const } }],
    };
    expect(titles([visit(concluded, '2024-06-20', leader)])).toEqual([
      ['Xem xét báo cáo khắc phục: Công khai TTHC', '2024-06-28', 6, '/cuoc-kiem-tra/i1/khac-phuc'],
    ]);
  });

  it('gives the unit each recommendation to remediate until it has reported', () => {
    const concluded = {
      status: 'concluded' as const,
      conclusionNoticeSentOn: d('2024-05-20'),
      recommendations: [{ ...rec, state: { status: 'open' as const } }],
    };
    expect(titles([visit(concluded, '2024-06-20', ['remediation.write'])])).toEqual([
      ['Báo cáo kết quả khắc phục: Công khai TTHC', '2024-06-28', 6, '/cuoc-kiem-tra/i1/khac-phuc'],
    ]);
    const reported = { ...concluded, recommendations: [{ ...rec, state: { status: 'reported' as const } }] };
    expect(todoItems([visit(reported, '2024-06-20', ['remediation.write'])])).toEqual([]);
  });

  it('lists a closed round’s summary once for Sở Nội vụ, however many of its visits are listed', () => {
    const round = { round: { end: d('2024-05-07'), closedOn: d('2024-05-08') } };
    const a = visit(round, '2024-05-20', ['summary.manage'], { roundId: 'd1' });
    const b = visit(round, '2024-05-20', ['summary.manage'], { roundId: 'd1', inspectionId: 'i2' });
    expect(titles([a, b])).toEqual([
      ['Ban hành báo cáo kết quả kiểm tra của đợt', '2024-06-04', 11, '/bao-cao-tong-hop/d1'],
    ]);
  });

  it('lists nothing of a plan read as history', () => {
    expect(todoItems([visit({}, '2026-12-03', ['report.write', 'inspection.schedule'], {}, true)])).toEqual(
      [],
    );
  });
});
