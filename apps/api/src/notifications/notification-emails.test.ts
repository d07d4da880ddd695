import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitToTaySon } from '../testing/notification-fixtures.js';
import { type SmtpTestServer, startSmtpTestServer } from '../testing/smtp-test-server.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { recordTodaysReminders } from './daily-reminders.js';
import { queueDigests, queueNotificationEmails } from './notification-emails.js';

// A real SMTP server in the process (smtp-server + mailparser) and the queue's workers running.
let now = new Date('2025-04-10T02:00:00Z');
const clock = { now: () => now };
let server: TestServer;
let smtp: SmtpTestServer;
let inspectionId: string;
const ORIGIN = 'https://kiemtra.binhdinh.gov.vn';

const mailing = () => ({ db: server.database.db, queue: server.jobs, origin: ORIGIN, now: clock.now() });

async function received(count: number) {
  for (let i = 0; i < 300 && smtp.received.length < count; i += 1)
    await new Promise((r) => setTimeout(r, 100));
  return smtp.received;
}

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  server = await startTestServer({ clock, jobWorkers: true, mailer: smtp.mailer });
  await server.database.db
    .updateTable('users')
    .set({ email: 'cchc.tayson@binhdinh.gov.vn' })
    .where('username', '=', 'tayson')
    .execute();
  const tayson = await server.signedIn('tayson');
  await tayson.notifications.setPreferences.mutate({
    preferences: [
      { kind: 'schedule_notice', delivery: 'email' },
      { kind: 'deadline_reminder', delivery: 'digest' },
    ],
  });
  inspectionId = await visitToTaySon(server, {
    admin: await server.signedIn('admin'),
    leader: await server.signedIn('truongdoan'),
  });
}, 180_000);
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('notifications by e-mail', () => {
  it('e-mails the schedule notice to the officer who chose e-mail, once, with the absolute link', async () => {
    expect(await queueNotificationEmails(mailing())).toBe(1);
    // Run again (a second process, a restart): nothing is queued twice.
    expect(await queueNotificationEmails(mailing())).toBe(0);
    const [mail] = await received(1);
    expect(mail?.to).toMatchObject({ text: 'cchc.tayson@binhdinh.gov.vn' });
    expect(mail?.subject).toBe('Thông báo lịch kiểm tra công tác cải cách hành chính');
    expect(mail?.text).toContain('Đơn vị gửi báo cáo phục vụ Đoàn kiểm tra chậm nhất ngày 06/05/2025.');
    expect(mail?.text).toContain(`Xem và xử lý trên cổng kiemtra: ${ORIGIN}/bao-cao/${inspectionId}`);
    expect(mail?.html).toContain(`<a href="${ORIGIN}/bao-cao/${inspectionId}">`);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.received).toHaveLength(1);
  });

  it('gathers the day’s reminders of one who chose the digest into one e-mail, sent once', async () => {
    // Fri 25/04/2025: 5 working days before the report is due.
    now = new Date('2025-04-25T00:05:00Z');
    expect(await recordTodaysReminders({ db: server.database.db, clock })).toBeGreaterThan(0);
    expect(await queueNotificationEmails(mailing())).toBe(0);
    now = new Date('2025-04-25T00:30:00Z');
    expect(await queueDigests(mailing())).toBe(1);
    expect(await queueDigests(mailing())).toBe(0);
    const mails = await received(2);
    expect(mails[1]?.subject).toBe('kiemtra: 1 thông báo đến ngày 25/04/2025');
    expect(mails[1]?.text).toContain('1. Nhắc hạn: Báo cáo phục vụ Đoàn kiểm tra');
    expect(mails[1]?.text).toContain('Ủy ban nhân dân huyện Tây Sơn: còn 5 ngày làm việc, hạn 06/05/2025.');
  });
});
