import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEveryMissingItem } from '../testing/report-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// Issue 13, "Việc cần làm" for each role, on the seed: Sở Công Thương is visited Thursday
// 09/05/2024, its report due Friday 03/05/2024.
let now = new Date('2024-04-25T03:00:00Z');
let server: TestServer;
let inspectionId: string;
let planId: string;
const as = (username: string) => server.signedIn(username);
const todoOf = async (username: string) => (await as(username)).inspections.todo.query();
const ofVisit = async (username: string) =>
  (await todoOf(username)).filter((t) => t.inspectionId === inspectionId);

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  const visit = (await (await as('sct')).inspections.list.query()).items.find(
    (i) => i.orgUnitName === 'Sở Công Thương',
  );
  if (!visit) throw new Error('no visit to Sở Công Thương in the seed');
  inspectionId = visit.id;
  planId = visit.planId;
});
afterAll(async () => server?.close());

describe('Việc cần làm for every role', () => {
  it('gives the officer the report with what is missing, and the head the same to follow, read-only', async () => {
    const [officer] = await ofVisit('sct');
    expect(officer).toMatchObject({
      title: 'Gửi báo cáo phục vụ Đoàn kiểm tra',
      workingDaysLeft: 3,
      readOnly: false,
    });
    expect(officer?.detail).toMatch(/^(Còn \d+ mục bắt buộc chưa trả lời\.|Chưa bắt đầu soạn báo cáo\.)$/);
    expect(await ofVisit('sct.lanhdao')).toEqual([
      expect.objectContaining({
        title: 'Theo dõi báo cáo phục vụ Đoàn kiểm tra',
        detail: officer?.detail,
        dueDateText: '03/05/2024',
        readOnly: true,
      }),
    ]);
  });

  it('asks the head to approve and send once every required item is answered', async () => {
    const sct = await as('sct');
    await answerEveryMissingItem(sct, inspectionId);
    expect((await ofVisit('sct'))[0]?.detail).toBe('Đã trả lời đủ các mục bắt buộc, chưa gửi.');
    expect((await ofVisit('sct.lanhdao')).map((t) => [t.title, t.readOnly])).toEqual([
      ['Duyệt và gửi báo cáo của đơn vị', false],
    ]);
  });

  it('gives the team the report received to read before the visit, then the minutes and the conclusion', async () => {
    const head = await as('sct.lanhdao');
    const fresh = await head.reports.get.query({ inspectionId });
    await head.reports.submit.mutate({ inspectionId, expectedVersion: fresh.report.version });
    expect(await ofVisit('sct')).toEqual([]);
    // The seed records no schedule notice for this visit: the leader still has it to send, overdue.
    expect((await ofVisit('truongdoan')).map((t) => [t.title, t.dueDateText])).toEqual([
      ['Gửi thông báo lịch kiểm tra', '23/04/2024'],
      ['Đọc báo cáo đơn vị đã gửi', '09/05/2024'],
    ]);
    now = new Date('2024-05-09T03:00:00Z');
    expect((await ofVisit('truongdoan')).map((t) => [t.title, t.workingDaysLeft])).toEqual([
      ['Gửi thông báo lịch kiểm tra', -10],
      ['Đọc báo cáo đơn vị đã gửi', 0],
      ['Ban hành thông báo kết luận kiểm tra', 10],
      ['Ghi biên bản làm việc', 10],
    ]);
    // A member of the team records minutes but issues no conclusion.
    expect((await ofVisit('thanhvien')).map((t) => t.title)).toEqual([
      'Đọc báo cáo đơn vị đã gửi',
      'Ghi biên bản làm việc',
    ]);
  });

  it('gives Sở Nội vụ only what it can act on: its own acts and reminders of overdue ones', async () => {
    now = new Date('2024-06-20T03:00:00Z');
    const admin = await todoOf('admin');
    expect(admin.length).toBeGreaterThan(0);
    for (const t of admin)
      expect(t.title).toMatch(
        /^(Gửi thông báo lịch kiểm tra|Lập lịch kiểm tra|Ban hành báo cáo kết quả kiểm tra của đợt|Đôn đốc: .+)$/,
      );
    expect(admin.filter((t) => t.inspectionId === inspectionId).map((t) => t.title)).toEqual([
      'Gửi thông báo lịch kiểm tra',
      'Đôn đốc: Thông báo kết luận kiểm tra',
    ]);
    // A district's plan administrator has no part in the province's plan.
    const district = await todoOf('noivu.tayson');
    expect(district.filter((t) => t.href.includes(planId))).toEqual([]);
  });
});
