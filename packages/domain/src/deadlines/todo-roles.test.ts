import { describe, expect, it } from 'vitest';
import type { Action } from '../access/actions.js';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { toIsoDate } from '../calendar/local-date.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import { type TodoVisit, todoItems } from './todo.js';
import { type VisitFacts, visitDeadlines } from './visit-deadlines.js';

// Visit Tue 07/05/2024: notice due 19/04, report due 26/04, conclusion due 21/05/2024.
const base: VisitFacts = { status: 'notified', form: 'on_site', visitDates: [d('2024-05-07')] };
const UNIT: Action[] = ['inspection.read', 'report.read', 'report.write', 'remediation.write'];
const LEADER: Action[] = [
  'inspection.read',
  'report.read',
  'report.review',
  'inspection.record',
  'inspection.conclude',
  'remediation.review',
];
const HOME_AFFAIRS: Action[] = ['inspection.read', 'plan.manage', 'inspection.schedule', 'summary.manage'];

function visit(facts: Partial<VisitFacts>, today: string, may: Action[], extra: Partial<TodoVisit> = {}) {
  const all = { ...base, ...facts };
  return {
    inspectionId: 'i1',
    planId: 'p1',
    roundId: null,
    unitName: 'Sở Công Thương',
    status: all.status,
    visitStart: all.visitDates[0],
    planWindowEnd: d('2024-09-30'),
    deadlines: visitDeadlines({
      facts: all,
      rules: DEFAULT_DEADLINE_RULES_2024,
      reading: 'A',
      calendar,
      today: d(today),
    }),
    recommendations: [],
    may: new Set(may),
    ...extra,
  } satisfies TodoVisit;
}
const list = (today: string, ...visits: TodoVisit[]) =>
  todoItems(visits, { today: d(today), calendar }).map((i) => ({
    title: i.title,
    detail: i.detail,
    due: toIsoDate(i.dueDate),
    left: i.workingDaysLeft,
    readOnly: i.readOnly,
    href: i.href,
  }));

describe('Việc cần làm of the unit’s officer', () => {
  it('says how many required items are still unanswered, or that the report is ready to send', () => {
    const draft = (missingItems: number) =>
      visit({}, '2024-04-22', UNIT, { report: { status: 'draft', missingItems } });
    expect(list('2024-04-22', draft(2))).toEqual([
      {
        title: 'Gửi báo cáo phục vụ Đoàn kiểm tra',
        detail: 'Còn 2 mục bắt buộc chưa trả lời.',
        due: '2024-04-26',
        left: 4,
        readOnly: false,
        href: '/bao-cao/i1',
      },
    ]);
    expect(list('2024-04-22', draft(0))[0]?.detail).toBe('Đã trả lời đủ các mục bắt buộc, chưa gửi.');
    expect(list('2024-04-22', visit({}, '2024-04-22', UNIT))[0]?.detail).toBe('Chưa bắt đầu soạn báo cáo.');
  });

  it('asks for the additions the team requested', () => {
    const sent = { firstSubmittedOn: d('2024-04-24'), awaitingResubmission: true };
    const v = visit({ unitReport: sent }, '2024-04-25', UNIT, {
      report: { status: 'additions_requested', missingItems: 0 },
    });
    expect(list('2024-04-25', v).map((i) => i.title)).toEqual([
      'Bổ sung báo cáo theo đề nghị của Đoàn kiểm tra',
    ]);
  });
});

describe('Việc cần làm of the unit’s head', () => {
  const HEAD = { approver: true };
  it('follows the officer’s report read-only while it is incomplete', () => {
    const v = visit({}, '2024-04-22', UNIT, { ...HEAD, report: { status: 'draft', missingItems: 3 } });
    expect(list('2024-04-22', v)).toEqual([
      {
        title: 'Theo dõi báo cáo phục vụ Đoàn kiểm tra',
        detail: 'Còn 3 mục bắt buộc chưa trả lời.',
        due: '2024-04-26',
        left: 4,
        readOnly: true,
        href: '/bao-cao/i1',
      },
    ]);
  });

  it('is asked to approve and send a report whose every required item is answered', () => {
    const v = visit({}, '2024-04-22', UNIT, { ...HEAD, report: { status: 'draft', missingItems: 0 } });
    expect(list('2024-04-22', v).map((i) => [i.title, i.readOnly])).toEqual([
      ['Duyệt và gửi báo cáo của đơn vị', false],
    ]);
  });

  it('follows a reopened report, and sees nothing of a visit it may not read', () => {
    const sent = { firstSubmittedOn: d('2024-04-24'), awaitingResubmission: true };
    const reopened = visit({ unitReport: sent }, '2024-04-25', UNIT, {
      ...HEAD,
      report: { status: 'reopened', missingItems: 0 },
    });
    expect(list('2024-04-25', reopened).map((i) => [i.title, i.readOnly])).toEqual([
      ['Theo dõi việc gửi lại báo cáo', true],
    ]);
    expect(list('2024-04-22', visit({}, '2024-04-22', [], HEAD))).toEqual([]);
  });
});

describe('Việc cần làm of the team leader', () => {
  const submitted = {
    unitReport: { firstSubmittedOn: d('2024-04-24'), awaitingResubmission: false },
  };
  it('reads the report received until the visit begins', () => {
    const v = (today: string) =>
      visit(submitted, today, LEADER, { report: { status: 'submitted', missingItems: 0 } });
    expect(list('2024-04-25', v('2024-04-25'))).toEqual([
      {
        title: 'Đọc báo cáo đơn vị đã gửi',
        detail: 'Trước ngày làm việc tại đơn vị.',
        // 26/04, 02, 03, 04 (a working Saturday), 06 and 07/05.
        due: '2024-05-07',
        left: 6,
        readOnly: false,
        href: '/bao-cao/i1',
      },
    ]);
    expect(list('2024-05-08', v('2024-05-08')).map((i) => i.title)).not.toContain(
      'Đọc báo cáo đơn vị đã gửi',
    );
  });

  it('records the minutes once on site, then issues the conclusion notice due in N working days', () => {
    const on = (minutesRecorded: boolean, may = LEADER) =>
      list('2024-05-08', visit({ status: 'in_progress' }, '2024-05-08', may, { minutesRecorded }));
    expect(on(false).map((i) => [i.title, i.due, i.left, i.href])).toEqual([
      ['Ban hành thông báo kết luận kiểm tra', '2024-05-21', 9, '/cuoc-kiem-tra/i1/ket-luan'],
      ['Ghi biên bản làm việc', '2024-05-21', 9, '/cuoc-kiem-tra/i1/bien-ban'],
    ]);
    expect(on(true).map((i) => i.title)).toEqual(['Ban hành thông báo kết luận kiểm tra']);
    // A member who is not the leader records the minutes but issues no conclusion.
    const member = LEADER.filter((a) => a !== 'inspection.conclude');
    expect(on(false, member).map((i) => i.title)).toEqual(['Ghi biên bản làm việc']);
  });

  it('accepts the remediation reports the unit sent', () => {
    const concluded = {
      status: 'concluded' as const,
      conclusionNoticeSentOn: d('2024-05-20'),
      recommendations: [
        {
          id: 'r1',
          action: 'Công khai TTHC',
          dueDate: d('2024-06-28'),
          state: { status: 'reported' as const },
        },
      ],
    };
    const v = visit(concluded, '2024-06-20', LEADER, {
      recommendations: [{ id: 'r1', action: 'Công khai TTHC', status: 'reported', dueDate: d('2024-06-28') }],
    });
    expect(list('2024-06-20', v).map((i) => i.title)).toEqual(['Xem xét báo cáo khắc phục: Công khai TTHC']);
  });
});

describe('Việc cần làm of Sở Nội vụ and of a district’s plan administrator', () => {
  it('schedules a visit without a date by the end of the plan’s window', () => {
    const undated = visit({ status: 'planned', visitDates: [] }, '2024-09-20', HOME_AFFAIRS);
    expect(list('2024-09-20', undated)).toEqual([
      {
        title: 'Lập lịch kiểm tra',
        detail: 'Cuộc kiểm tra chưa có ngày; hạn là ngày cuối của thời gian kiểm tra trong kế hoạch.',
        due: '2024-09-30',
        left: 6,
        readOnly: false,
        href: '/ke-hoach/p1/lich-kiem-tra/i1',
      },
    ]);
    expect(
      list('2024-09-20', visit({ status: 'planned', visitDates: [] }, '2024-09-20', ['inspection.read'])),
    ).toEqual([]);
  });

  it('follows up every overdue deadline of the plan that others must meet, its own acts listed once', () => {
    const late = visit({}, '2024-05-03', HOME_AFFAIRS);
    expect(list('2024-05-03', late).map((i) => [i.title, i.detail, i.left, i.href])).toEqual([
      ['Gửi thông báo lịch kiểm tra', undefined, -7, '/ke-hoach/p1/lich-kiem-tra/i1'],
      [
        'Đôn đốc: Báo cáo phục vụ Đoàn kiểm tra',
        'Quá hạn; cần đơn vị được kiểm tra gửi báo cáo.',
        -2,
        '/cuoc-kiem-tra/i1',
      ],
    ]);
  });

  it('follows up an overdue summary once for the round, and lists its own summary act instead when it may issue it', () => {
    const round = { round: { end: d('2024-05-07'), closedOn: d('2024-05-08') } };
    const facts = {
      ...round,
      status: 'concluded' as const,
      scheduleNoticeSentOn: d('2024-04-18'),
      unitReport: { firstSubmittedOn: d('2024-04-24'), awaitingResubmission: false },
      conclusionNoticeSentOn: d('2024-05-20'),
    };
    const chaser: Action[] = ['plan.manage'];
    const a = visit(facts, '2024-06-10', chaser, { roundId: 'd1' });
    const b = visit(facts, '2024-06-10', chaser, { roundId: 'd1', inspectionId: 'i2' });
    expect(list('2024-06-10', a, b).map((i) => i.title)).toEqual(['Đôn đốc: Báo cáo kết quả kiểm tra']);
    const issuer = [...chaser, 'summary.manage' as const];
    const c = visit(facts, '2024-06-10', issuer, { roundId: 'd1' });
    const e = visit(facts, '2024-06-10', issuer, { roundId: 'd1', inspectionId: 'i2' });
    expect(list('2024-06-10', c, e).map((i) => i.title)).toEqual([
      'Ban hành báo cáo kết quả kiểm tra của đợt',
    ]);
  });

  it('gives a district’s plan administrator its own plan’s visits only (can() decides per visit)', () => {
    const own = visit({}, '2024-04-16', ['plan.manage', 'inspection.schedule'], { planId: 'huyen' });
    const other = visit({}, '2024-04-16', ['inspection.read'], { planId: 'tinh', inspectionId: 'i2' });
    expect(list('2024-04-16', own, other).map((i) => [i.title, i.href])).toEqual([
      ['Gửi thông báo lịch kiểm tra', '/ke-hoach/huyen/lich-kiem-tra/i1'],
    ]);
  });

  it('lists nothing of a plan read as history, undated visits included', () => {
    const past = visit({ status: 'planned', visitDates: [] }, '2026-12-03', HOME_AFFAIRS);
    expect(list('2026-12-03', past)).toEqual([]);
  });
});
