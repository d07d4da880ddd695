import { addDays, parseIsoDate, toIsoDate } from '@kiemtra/domain';
import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitToTaySon } from '../testing/notification-fixtures.js';
import { answerEveryMissingItem } from '../testing/report-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import type { AppRouter } from '../trpc/root.js';
import { recordTodaysReminders } from './daily-reminders.js';

// A controlled clock: 09:00 in Viet Nam on the day set.
let now = new Date('2025-04-10T02:00:00Z');
const clock = { now: () => now };
let server: TestServer;
let admin: TRPCClient<AppRouter>;
let leader: TRPCClient<AppRouter>;
let tayson: TRPCClient<AppRouter>;
let inspectionId: string;

async function setDay(iso: string) {
  now = new Date(`${iso}T02:00:00Z`);
  admin = await server.signedIn('admin');
  leader = await server.signedIn('truongdoan');
  tayson = await server.signedIn('tayson');
}

const titles = async (client: TRPCClient<AppRouter>) =>
  (await client.notifications.list.query({ limit: 100 })).days.flatMap((d) => d.items.map((i) => i.title));

/** Runs the daily job on each day from `from` to `to`, and says who got what on which day. */
async function runDays(from: string, to: string, also?: (day: string) => Promise<void>) {
  const sent: string[] = [];
  for (let day = parseIsoDate(from); day <= parseIsoDate(to); day = addDays(day, 1)) {
    const iso = toIsoDate(day);
    now = new Date(`${iso}T00:05:00Z`); // 07:05 in Viet Nam
    await recordTodaysReminders({ db: server.database.db, clock });
    const rows = await server.database.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.recipient_id')
      .select(['u.username', 'n.dedup_key'])
      .where('n.created_at', '=', now)
      .where('n.dedup_key', 'like', `reminder:${inspectionId}:%`)
      .orderBy('n.dedup_key')
      .execute();
    for (const r of rows) sent.push(`${iso} ${r.username} ${r.dedup_key.split(':').slice(2, -1).join(':')}`);
    await also?.(iso);
  }
  return sent;
}

beforeAll(async () => {
  server = await startTestServer({ clock });
  await setDay('2025-04-10');
  // On site Tue 13/05/2025: the unit's report is due 5 working days before, Tue 06/05/2025.
  inspectionId = await visitToTaySon(server, { admin, leader });
}, 180_000);
afterAll(async () => server?.close());

describe('notifications of the acts, and the daily reminders, on a controlled clock', () => {
  it('tells the unit of the schedule notice with its report’s due date; the leader who sent it is not told', async () => {
    const page = await tayson.notifications.list.query({});
    expect(page.days[0]?.items[0]).toMatchObject({
      kind: 'schedule_notice',
      title: 'Thông báo lịch kiểm tra công tác cải cách hành chính',
      body: 'Đoàn kiểm tra làm việc tại Ủy ban nhân dân huyện Tây Sơn ngày 13/05/2025. Đơn vị gửi báo cáo phục vụ Đoàn kiểm tra chậm nhất ngày 06/05/2025.',
      href: `/bao-cao/${inspectionId}`,
      read: false,
    });
    expect(await tayson.notifications.unreadCount.query()).toEqual({ count: 1 });
    expect(await titles(leader)).toEqual([]);
  });

  it('reminds the unit on the right working days; its report submitted, the rest is not sent, and the team is told', async () => {
    const sent = await runDays('2025-04-11', '2025-05-20', async (day) => {
      // The unit sends its report on Mon 05/05, the day before it is due: no reminder on 06/05, no escalation.
      if (day === '2025-05-05') {
        await setDay('2025-05-05');
        const view = await answerEveryMissingItem(tayson, inspectionId);
        await tayson.reports.submit.mutate({ inspectionId, expectedVersion: view.report.version });
      }
    });
    // Working days before Tue 06/05/2025: Mon 05/05; 30/04–02/05 are days off (02/05 swapped for
    // Sat 26/04, a working day); Tue 29/04, Mon 28/04, Sat 26/04, Fri 25/04.
    expect(sent.filter((s) => s.includes('UNIT_REPORT'))).toEqual([
      '2025-04-25 tayson UNIT_REPORT:2025-05-06:before:5',
      '2025-04-29 tayson UNIT_REPORT:2025-05-06:before:2',
    ]);
    // The leader is reminded of nothing: the notice went out on time, the conclusion is not due yet.
    expect(sent.filter((s) => s.includes('SCHEDULE_NOTICE'))).toEqual([]);
    await setDay('2025-05-20');
    expect(await titles(leader)).toContain('Ủy ban nhân dân huyện Tây Sơn đã gửi báo cáo');
    expect(await titles(await server.signedIn('thanhvien'))).toContain(
      'Ủy ban nhân dân huyện Tây Sơn đã gửi báo cáo',
    );
  });

  it('a restart in the middle of a day records nothing twice', async () => {
    now = new Date('2025-05-02T00:05:00Z');
    const before = await server.database.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await recordTodaysReminders({ db: server.database.db, clock })).toBe(0);
    const after = await server.database.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('tells the unit of the team’s request for additions', async () => {
    await setDay('2025-05-07');
    const view = await leader.reports.get.query({ inspectionId });
    const item = view.sections.flatMap((s) => s.items)[0]?.code ?? '';
    await leader.reports.requestAdditions.mutate({
      inspectionId,
      expectedVersion: view.report.version,
      itemCodes: [item],
      reason: 'Bổ sung số liệu quý I',
    });
    expect((await titles(tayson))[0]).toBe('Đoàn kiểm tra đề nghị bổ sung báo cáo');
  });
});

describe('a system’s token about to expire', () => {
  it('tells the system administrator once, 14 days ahead, with a link to the system', async () => {
    const db = server.database.db;
    now = new Date('2025-05-21T00:05:00Z');
    const client = await db
      .insertInto('api_clients')
      .values({
        tenant_id: 'binh-dinh',
        name: 'Hệ thống một cửa điện tử tỉnh',
        scopes: JSON.stringify(['plans:read']),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('api_client_tokens')
      .values({
        tenant_id: 'binh-dinh',
        api_client_id: client.id,
        token_hash: 'a'.repeat(64),
        hint: 'abcd',
        replaces_token_id: null,
        expires_at: new Date('2025-05-30T10:00:00Z'),
        retires_at: null,
        revoked_at: null,
      })
      .execute();
    await recordTodaysReminders({ db, clock });
    await recordTodaysReminders({ db, clock });
    const quantri = await server.signedIn('quantri');
    const items = (await quantri.notifications.list.query({})).days.flatMap((d) => d.items);
    expect(items.filter((i) => i.kind === 'token_expiring')).toEqual([
      expect.objectContaining({
        title: 'Mã kết nối của Hệ thống một cửa điện tử tỉnh sắp hết hạn',
        body: 'Mã kết nối hết hạn ngày 30/05/2025; hãy cấp mã mới cho hệ thống trước ngày đó.',
        href: `/he-thong-ket-noi/${client.id}`,
      }),
    ]);
  });
});
