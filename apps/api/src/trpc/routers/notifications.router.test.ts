import { insertNotifications } from '@kiemtra/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
const ids: Record<string, string> = {};

const note = (recipient: string, key: string, at: string, title = `Thông báo ${key}`) => ({
  tenantId: 'binh-dinh',
  recipientId: ids[recipient] ?? '',
  kind: 'report_submitted' as const,
  title,
  body: 'Báo cáo phục vụ Đoàn kiểm tra đã gửi.',
  linkPath: '/bao-cao/x',
  dedupKey: key,
  createdAt: new Date(at),
});

beforeAll(async () => {
  server = await startTestServer();
  const users = await server.database.db.selectFrom('users').select(['id', 'username']).execute();
  for (const u of users) ids[u.username] = u.id;
  // Three on 19/04/2024 in Viet Nam (one at 00:30, 18/04 17:30 UTC), one on 18/04, and one to someone else.
  await insertNotifications(server.database.db, [
    note('truongdoan', 'a', '2024-04-19T03:00:00.000Z'),
    note('truongdoan', 'b', '2024-04-19T02:00:00.000Z'),
    note('truongdoan', 'c', '2024-04-18T17:30:00.000Z'),
    note('truongdoan', 'd', '2024-04-18T09:00:00.000Z'),
    note('thanhvien', 'a', '2024-04-19T03:00:00.000Z', 'Của người khác'),
  ]);
}, 120_000);
afterAll(async () => server?.close());

describe('notifications: one’s own, grouped by day, paged', () => {
  it('records a key once per person: the same key again records nothing', async () => {
    const again = await insertNotifications(server.database.db, [
      note('truongdoan', 'a', '2024-04-20T03:00:00.000Z'),
    ]);
    expect(again).toEqual([]);
  });

  it('lists one’s own newest first, grouped by the day in Viet Nam, and pages with the cursor', async () => {
    const leader = await server.signedIn('truongdoan');
    const first = await leader.notifications.list.query({ limit: 3 });
    expect(first.days.map((d) => [d.day, d.items.map((i) => i.title)])).toEqual([
      ['19/04/2024', ['Thông báo a', 'Thông báo b', 'Thông báo c']],
    ]);
    expect(first.days[0]?.items[2]).toMatchObject({ timeText: '00:30', read: false, href: '/bao-cao/x' });
    expect(first.nextCursor).not.toBeNull();
    const second = await leader.notifications.list.query({ limit: 3, cursor: first.nextCursor ?? undefined });
    expect(second.days.map((d) => [d.day, d.items.map((i) => i.title)])).toEqual([
      ['18/04/2024', ['Thông báo d']],
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('counts the unread, marks one read when opened, then all', async () => {
    const leader = await server.signedIn('truongdoan');
    expect(await leader.notifications.unreadCount.query()).toEqual({ count: 4 });
    const page = await leader.notifications.list.query({});
    const b = page.days[0]?.items[1];
    expect((await leader.notifications.markRead.mutate({ notificationId: b?.id ?? '' })).read).toBe(true);
    expect(await leader.notifications.unreadCount.query()).toEqual({ count: 3 });
    const unread = await leader.notifications.list.query({ unreadOnly: true });
    expect(unread.days.flatMap((d) => d.items.map((i) => i.title))).toEqual([
      'Thông báo a',
      'Thông báo c',
      'Thông báo d',
    ]);
    expect(await leader.notifications.markAllRead.mutate()).toEqual({ marked: 3 });
    expect(await leader.notifications.unreadCount.query()).toEqual({ count: 0 });
    const member = await server.signedIn('thanhvien');
    expect(await member.notifications.unreadCount.query()).toEqual({ count: 1 });
  });

  it('never opens another person’s notification', async () => {
    const member = await server.signedIn('thanhvien');
    const own = (await member.notifications.list.query({})).days[0]?.items[0]?.id ?? '';
    const leader = await server.signedIn('truongdoan');
    const refused = await rejection(leader.notifications.markRead.mutate({ notificationId: own }));
    expect(refused.message).toBe('Không tìm thấy thông báo này.');
    expect(await member.notifications.unreadCount.query()).toEqual({ count: 1 });
  });

  it('keeps each person’s choice per kind, the others staying in the portal', async () => {
    const member = await server.signedIn('thanhvien');
    await member.notifications.setPreferences.mutate({
      preferences: [
        { kind: 'report_submitted', delivery: 'email' },
        { kind: 'deadline_reminder', delivery: 'digest' },
      ],
    });
    await member.notifications.setPreferences.mutate({
      preferences: [{ kind: 'report_submitted', delivery: 'digest' }],
    });
    const prefs = await member.notifications.preferences.query();
    const of = (k: string) => prefs.kinds.find((x) => x.kind === k)?.delivery;
    expect([of('report_submitted'), of('deadline_reminder'), of('round_closed')]).toEqual([
      'digest',
      'digest',
      'portal',
    ]);
    expect(prefs.kinds.find((x) => x.kind === 'report_submitted')?.label).toBe('Đơn vị gửi, gửi lại báo cáo');
    // A notification recorded now takes the person's choice for its kind.
    const [recorded] = await insertNotifications(server.database.db, [
      note('thanhvien', 'e', '2024-04-22T03:00:00.000Z'),
    ]);
    expect(recorded?.delivery).toBe('digest');
  });
});

describe('a plan’s reminder settings', () => {
  it('reads the defaults, lets Sở Nội vụ set them, refuses a step twice and a stale version', async () => {
    const admin = await server.signedIn('admin');
    const planId = (await admin.plans.list.query())[0]?.id ?? '';
    const read = await admin.plans.reminderSettings.query({ planId });
    expect(read).toMatchObject({
      beforeWorkingDays: [5, 2, 0],
      escalateAfterWorkingDays: 3,
      isDefault: true,
    });
    const saved = await admin.plans.setReminderSettings.mutate({
      planId,
      expectedVersion: read.version,
      settings: { beforeWorkingDays: [0, 10, 3], escalateAfterWorkingDays: 2 },
    });
    expect(saved).toMatchObject({
      beforeWorkingDays: [10, 3, 0],
      escalateAfterWorkingDays: 2,
      isDefault: false,
    });
    const member = await server.signedIn('thanhvien');
    expect(await member.plans.reminderSettings.query({ planId })).toMatchObject({
      beforeWorkingDays: [10, 3, 0],
    });
    const twice = await rejection(
      admin.plans.setReminderSettings.mutate({
        planId,
        expectedVersion: saved.version,
        settings: { beforeWorkingDays: [2, 2], escalateAfterWorkingDays: 2 },
      }),
    );
    expect(twice.message).toContain('Các mốc nhắc việc bị lặp');
    const stale = await rejection(
      admin.plans.setReminderSettings.mutate({
        planId,
        expectedVersion: read.version,
        settings: { beforeWorkingDays: [1], escalateAfterWorkingDays: 2 },
      }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    const refused = await rejection(
      member.plans.setReminderSettings.mutate({
        planId,
        expectedVersion: saved.version,
        settings: { beforeWorkingDays: [1], escalateAfterWorkingDays: 2 },
      }),
    );
    expect(refused.data?.httpStatus).toBe(403);
  });
});
