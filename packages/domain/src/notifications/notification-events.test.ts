import { describe, expect, it } from 'vitest';
import { d } from '../inspection/test-fixtures.js';
import type { VisitPeople } from '../reminders/reminder-audience.js';
import { listNotificationsInput, setNotificationPreferencesInput } from './notification.schemas.js';
import { groupByDay } from './notification-days.js';
import {
  type NotificationEvent,
  notificationsFor,
  tokenAboutToExpire,
  visitDatesText,
} from './notification-events.js';
import { deliveriesOf, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from './notification-kinds.js';

const people: VisitPeople = {
  unitOfficers: ['officer'],
  unitHeads: ['head'],
  teamLeaderId: 'leader',
  teamMemberIds: ['member', 'leader'],
  planAdminIds: ['snv'],
};
const visit = { inspectionId: 'i1', planId: 'p1', unitName: 'UBND huyện Tây Sơn', people };
const to = (e: NotificationEvent, actor: string | null = null) =>
  notificationsFor(e, actor).map((n) => n.recipientId);

describe('notificationsFor: who is told of each act', () => {
  const events: [NotificationEvent, string[]][] = [
    [
      {
        ...visit,
        type: 'schedule_notice',
        noticeId: 'n1',
        visitDates: [d('2024-05-07')],
        reportDueDate: d('2024-04-26'),
      },
      ['officer', 'head'],
    ],
    [{ ...visit, type: 'report_feedback', feedbackId: 'f1', what: 'additions' }, ['officer', 'head']],
    [{ ...visit, type: 'report_submitted', submissionId: 's1', again: false }, ['leader', 'member']],
    [{ ...visit, type: 'minutes_ready', minutesId: 'm1' }, ['officer', 'head']],
    [
      { ...visit, type: 'conclusion_issued', conclusionId: 'c1', noticeNumber: '12/TB-ĐKT' },
      ['officer', 'head'],
    ],
    [
      { ...visit, type: 'remediation_submitted', reportId: 'x1', action: 'Công khai thủ tục' },
      ['leader', 'member'],
    ],
    [
      {
        ...visit,
        type: 'remediation_reviewed',
        reportId: 'x1',
        action: 'Công khai thủ tục',
        accepted: false,
      },
      ['officer', 'head'],
    ],
    [
      {
        type: 'round_closed',
        roundId: 'r1',
        roundName: 'Đợt 1',
        summaryDueDate: d('2024-06-28'),
        planAdminIds: ['snv', 'snv2'],
      },
      ['snv', 'snv2'],
    ],
    [
      {
        type: 'token_expiring',
        tokenId: 't1',
        clientId: 'c1',
        clientName: 'Hệ thống một cửa',
        expiresOn: d('2024-06-30'),
        systemAdminIds: ['sys'],
      },
      ['sys'],
    ],
  ];
  it.each(events)('%# %o', (event, expected) => {
    expect(to(event)).toEqual(expected);
  });

  it('tells the unit of a moved deadline only once it knows of its visit; the team always', () => {
    const moved = {
      ...visit,
      type: 'schedule_changed' as const,
      changeId: 'ch1',
      moves: [{ label: 'Báo cáo phục vụ Đoàn kiểm tra', from: d('2024-04-26'), to: d('2024-05-03') }],
      why: 'Lịch kiểm tra thay đổi',
    };
    expect(to({ ...moved, unitInformed: true })).toEqual(['officer', 'head', 'leader', 'member']);
    expect(to({ ...moved, unitInformed: false })).toEqual(['leader', 'member']);
    expect(notificationsFor({ ...moved, unitInformed: false }, null)[0]?.body).toBe(
      'Báo cáo phục vụ Đoàn kiểm tra: hạn 26/04/2024 → 03/05/2024. Lý do: Lịch kiểm tra thay đổi.',
    );
  });

  it('never tells the person who acted, and keys each notification by event and recipient', () => {
    const e: NotificationEvent = { ...visit, type: 'report_submitted', submissionId: 's1', again: true };
    expect(to(e, 'leader')).toEqual(['member']);
    expect(notificationsFor(e, null)[0]).toEqual({
      key: 'report_submitted:s1:leader',
      recipientId: 'leader',
      kind: 'report_submitted',
      title: 'UBND huyện Tây Sơn đã gửi lại báo cáo',
      body: 'Báo cáo phục vụ Đoàn kiểm tra đã gửi; Đoàn kiểm tra đọc trước ngày làm việc tại đơn vị.',
      href: '/bao-cao/i1',
    });
  });

  it('names the visit days', () => {
    expect(visitDatesText([d('2024-05-08'), d('2024-05-07')])).toBe('các ngày 07/05/2024, 08/05/2024');
  });

  it('gives the schedule notice’s report due date and links to the report', () => {
    const [n] = notificationsFor(
      {
        ...visit,
        type: 'schedule_notice',
        noticeId: 'n1',
        visitDates: [d('2024-05-07')],
        reportDueDate: d('2024-04-26'),
      },
      'leader',
    );
    expect(n).toMatchObject({
      kind: 'schedule_notice',
      body: 'Đoàn kiểm tra làm việc tại UBND huyện Tây Sơn ngày 07/05/2024. Đơn vị gửi báo cáo phục vụ Đoàn kiểm tra chậm nhất ngày 26/04/2024.',
      href: '/bao-cao/i1',
    });
  });
});

describe('preferences and pages', () => {
  it('labels every kind and reads unchosen kinds as portal only', () => {
    expect(NOTIFICATION_KINDS.every((k) => NOTIFICATION_KIND_LABELS[k].length > 0)).toBe(true);
    const all = deliveriesOf([{ kind: 'schedule_notice', delivery: 'email' }]);
    expect(all.schedule_notice).toBe('email');
    expect(all.deadline_reminder).toBe('portal');
  });

  it('refuses a kind chosen twice, an unknown delivery, a page too long', () => {
    const twice = setNotificationPreferencesInput.safeParse({
      preferences: [
        { kind: 'schedule_notice', delivery: 'email' },
        { kind: 'schedule_notice', delivery: 'portal' },
      ],
    });
    expect(twice.success ? [] : twice.error.issues.map((i) => i.message)).toEqual([
      'Một loại thông báo được chọn hai lần',
    ]);
    const bad = setNotificationPreferencesInput.safeParse({
      preferences: [{ kind: 'schedule_notice', delivery: 'sms' }],
    });
    expect(bad.success).toBe(false);
    const long = listNotificationsInput.safeParse({ limit: 101 });
    expect(long.success ? [] : long.error.issues.map((i) => i.message)).toEqual([
      'Mỗi trang tối đa 100 thông báo',
    ]);
    expect(listNotificationsInput.parse({})).toEqual({ unreadOnly: false, limit: 30 });
  });

  it('groups by the day in Viet Nam, dd/mm/yyyy, newest first', () => {
    const items = [
      { id: 'a', createdAt: new Date('2024-04-19T01:00:00Z') },
      { id: 'b', createdAt: new Date('2024-04-18T18:00:00Z') }, // 01:00 on 19/04 in Viet Nam
      { id: 'c', createdAt: new Date('2024-04-18T16:00:00Z') }, // 23:00 on 18/04
    ];
    expect(groupByDay(items).map((g) => [g.day, g.items.map((i) => i.id)])).toEqual([
      ['19/04/2024', ['a', 'b']],
      ['18/04/2024', ['c']],
    ]);
  });
});

describe('tokenAboutToExpire', () => {
  const now = new Date('2025-05-01T00:00:00Z');
  it('is true within 14 days ahead, false once expired or further away', () => {
    expect(tokenAboutToExpire(new Date('2025-05-15T00:00:00Z'), now)).toBe(true);
    expect(tokenAboutToExpire(new Date('2025-05-15T00:00:01Z'), now)).toBe(false);
    expect(tokenAboutToExpire(new Date('2025-04-30T23:59:59Z'), now)).toBe(false);
    expect(tokenAboutToExpire(new Date('2025-05-03T00:00:00Z'), now, 1)).toBe(false);
  });
});
