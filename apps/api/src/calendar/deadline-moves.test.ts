import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// Wednesday 10/04/2024 in Việt Nam: the 2024 demo plan is current, its May visits ahead.
const clock = { now: () => new Date('2024-04-10T03:00:00Z') };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => server?.close());

describe('a deadline moved by an edit of the year’s days off', () => {
  it('is recorded in the visit’s history with the old and new due date and why', async () => {
    const admin = await server.signedIn('admin');
    const visits = (await admin.inspections.list.query({ limit: 200 })).items;
    const visit = visits.find((v) => v.status !== 'cancelled' && v.startDate?.startsWith('2024-05'));
    if (!visit) throw new Error('no May 2024 visit in the demo');
    const before = await admin.inspections.deadlines.query({ inspectionId: visit.id });
    expect(before.moves).toEqual([]);
    const report = before.deadlines.find((d) => d.key === 'UNIT_REPORT');
    if (!report) throw new Error('no report deadline');

    // The administrator makes the report's due date a day off: the report is due one working day earlier.
    const stored = (await admin.calendar.schedules.query()).find((s) => s.year === 2024);
    if (!stored) throw new Error('no stored 2024 schedule');
    await admin.calendar.saveSchedule.mutate({
      schedule: {
        ...stored.schedule,
        daysOff: [
          ...stored.schedule.daysOff,
          { date: report.dueDate, name: 'Ngày nghỉ bổ sung', kind: 'holiday' },
        ],
      },
      expectedVersion: stored.version,
    });
    const earlier = (await admin.calendar.addWorkingDays.query({ date: report.dueDate, days: -1 })).date;

    const after = await admin.inspections.deadlines.query({ inspectionId: visit.id });
    expect(after.deadlines.find((d) => d.key === 'UNIT_REPORT')?.dueDate).toBe(earlier);
    const move = after.moves.find((m) => m.key === 'UNIT_REPORT');
    expect(move).toMatchObject({
      fromDate: report.dueDate,
      toDate: earlier,
      cause: 'calendar_edited',
      reason: 'Lịch nghỉ của năm được điều chỉnh (năm 2024)',
      actorName: expect.any(String),
    });
    expect(move?.text).toMatch(
      /^Báo cáo phục vụ Đoàn kiểm tra: hạn \d\d\/\d\d\/2024 → \d\d\/\d\d\/2024 \(Lịch nghỉ của năm được điều chỉnh \(năm 2024\)\)$/,
    );
    // The unit concerned reads it too.
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select('operation')
      .where('entity', '=', 'deadline_moves')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });
});
