import { flat, openDocx } from '@kiemtra/documents/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEveryMissingItem } from '../../testing/report-fixtures.js';
import { sessionCookie, startTestServer, type TestServer } from '../../testing/test-server.js';

// Issue 13: the same facts give the same state through every surface that shows a deadline.
// The seed visits Sở Công Thương on Thursday 09/05/2024: its report is due Friday 03/05/2024.
let now = new Date('2024-04-25T03:00:00Z');
let server: TestServer;
let inspectionId: string;
let planId: string;
let roundId: string;
const UNIT = 'Sở Công Thương';

const as = (username: string) => server.signedIn(username);
async function setDay(iso: string) {
  now = new Date(`${iso}T03:00:00Z`);
}

async function download(path: string, username: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { cookie: await sessionCookie(server.url, username) },
  });
  expect(response.status, path).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** The words of one deadline of the visit on every surface that shows it, for each reader. */
async function everywhere(code: string): Promise<Record<string, string | undefined>> {
  const sct = await as('sct');
  const admin = await as('admin');
  const out: Record<string, string | undefined> = {};
  for (const [who, client] of [
    ['unit', sct],
    ['admin', admin],
    ['leader', await as('truongdoan')],
  ] as const) {
    const page = await client.inspections.deadlines.query({ inspectionId });
    out[`inspection page (${who})`] = page.deadlines.find((d) => d.key === code)?.stateLabel;
    const plan = await client.plans.get.query({ planId });
    const visit = plan.targetGroups
      .flatMap((g) => g.targets)
      .flatMap((t) => t.inspections)
      .find((i) => i.id === inspectionId);
    out[`plan page (${who})`] = visit?.deadlines.find((d) => d.key === code)?.stateLabel;
    const row = (await client.inspections.list.query({ planId })).items.find((i) => i.id === inspectionId);
    out[`list (${who})`] = row?.deadlines.find((d) => d.key === code)?.stateLabel;
  }
  if (code === 'UNIT_REPORT') {
    out['report page'] = (await sct.reports.get.query({ inspectionId })).deadline?.stateLabel;
  }
  if (code === 'CONCLUSION_NOTICE') {
    out['conclusion page'] = (
      await (await as('truongdoan')).conclusions.get.query({ inspectionId })
    ).deadline?.stateLabel;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    (await download(`/documents/plans/${planId}/workbook.xlsx`, 'admin')).buffer as ArrayBuffer,
  );
  const label = (await admin.inspections.deadlines.query({ inspectionId })).deadlines.find(
    (d) => d.key === code,
  )?.label;
  book.getWorksheet('Thời hạn')?.eachRow((row) => {
    const [, unit, name, , , state] = row.values as unknown[];
    if (unit === UNIT && name === label) out.workbook = String(state);
  });
  return out;
}

const same = (states: Record<string, string | undefined>, label: string) =>
  expect(states).toEqual(Object.fromEntries(Object.keys(states).map((k) => [k, label])));

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  const visit = (await (await as('sct')).inspections.list.query()).items.find((i) => i.orgUnitName === UNIT);
  if (!visit) throw new Error('no visit to Sở Công Thương in the seed');
  inspectionId = visit.id;
  planId = visit.planId;
});
afterAll(async () => server?.close());

describe('one visit walked through the workflow: the same state everywhere', () => {
  it('shows the report due in 3 working days everywhere before it is sent', async () => {
    same(await everywhere('UNIT_REPORT'), 'Còn 3 ngày làm việc (hạn 03/05/2024)');
    const todo = await (await as('sct')).inspections.todo.query();
    expect(todo.find((t) => t.inspectionId === inspectionId)).toMatchObject({
      title: 'Gửi báo cáo phục vụ Đoàn kiểm tra',
      dueDateText: '03/05/2024',
      workingDaysLeft: 3,
      href: `/bao-cao/${inspectionId}`,
    });
    // Sở Nội vụ cannot send the unit's report: it is not on their list.
    const adminTodo = await (await as('admin')).inspections.todo.query();
    expect(adminTodo.filter((t) => t.title === 'Gửi báo cáo phục vụ Đoàn kiểm tra')).toEqual([]);
  });

  it('shows "đã gửi đúng hạn" with its date everywhere once the unit submits, and keeps it after the visit', async () => {
    const sct = await as('sct');
    await answerEveryMissingItem(sct, inspectionId);
    const fresh = await sct.reports.get.query({ inspectionId });
    await sct.reports.submit.mutate({ inspectionId, expectedVersion: fresh.report.version });
    same(await everywhere('UNIT_REPORT'), 'Đã gửi đúng hạn ngày 25/04/2024 (hạn 03/05/2024)');
    const todo = await (await as('sct')).inspections.todo.query();
    expect(todo.filter((t) => t.inspectionId === inspectionId)).toEqual([]);
    await setDay('2024-05-20');
    same(await everywhere('UNIT_REPORT'), 'Đã gửi đúng hạn ngày 25/04/2024 (hạn 03/05/2024)');
  });

  it('counts the conclusion notice from the visit and shows it notified on time everywhere', async () => {
    await setDay('2024-05-09');
    same(await everywhere('CONCLUSION_NOTICE'), 'Còn 10 ngày làm việc (hạn 23/05/2024)');
    const member = await as('thanhvien');
    await member.minutes.save.mutate({
      inspectionId,
      expectedVersion: 0,
      minutes: {
        date: '2024-05-09',
        place: 'Trụ sở Sở Công Thương',
        attendees: [
          { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
          { name: 'Giám đốc Sở Công Thương', organisation: UNIT, role: 'unit_head' },
        ],
      },
    });
    await member.findings.add.mutate({
      inspectionId,
      finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
    });
    await setDay('2024-05-14');
    const leader = await as('truongdoan');
    const visit = await leader.inspections.get.query({ inspectionId });
    await leader.conclusions.issue.mutate({
      inspectionId,
      expectedVersion: visit.version,
      notice: { date: '2024-05-14' },
    });
    same(await everywhere('CONCLUSION_NOTICE'), 'Đã thông báo đúng hạn ngày 14/05/2024 (hạn 23/05/2024)');
  });

  it('counts the submitted report as sent on time in the round’s summary and its DOCX, never as missed', async () => {
    const leader = await as('truongdoan');
    const admin = await as('admin');
    const row = await server.database.db
      .selectFrom('inspections')
      .select('team_id')
      .where('id', '=', inspectionId)
      .executeTakeFirstOrThrow();
    roundId = (
      await leader.rounds.create.mutate({
        planId,
        teamId: row.team_id ?? '',
        name: 'Đợt Sở Công Thương',
        inspectionIds: [inspectionId],
      })
    ).id;
    same(
      await everywhere('SUMMARY_REPORT'),
      'Chưa kết thúc đợt kiểm tra; nếu đợt kết thúc ngày 09/05/2024, hạn là 06/06/2024',
    );
    const round = await leader.rounds.get.query({ roundId });
    await leader.rounds.close.mutate({ roundId, expectedVersion: round.version });
    same(await everywhere('SUMMARY_REPORT'), 'Còn 17 ngày làm việc (hạn 06/06/2024)');

    const draft = await admin.summary.get.query({ roundId });
    // The figures are printed from the conclusions; the text is Sở Nội vụ's own (empty until it writes).
    expect(draft.body).toBe('');
    const docx = flat(
      openDocx(await download(`/documents/rounds/${roundId}/summary-report.docx`, 'admin')).text,
    );
    expect(docx).toMatch(/Báo cáo phục vụ Đoàn kiểm tra\s*1\s*0\s*0\s*0/);

    const saved = await admin.summary.save.mutate({
      roundId,
      expectedVersion: 0,
      title: draft.title,
      body: 'Đơn vị gửi báo cáo đúng hạn.',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Nguyễn Thanh Phong',
    });
    await admin.summary.issue.mutate({ roundId, expectedVersion: saved.version, issuedOn: '2024-05-14' });
    same(await everywhere('SUMMARY_REPORT'), 'Đã báo cáo đúng hạn ngày 14/05/2024 (hạn 06/06/2024)');
  });

  it('reads as history once the plan’s year is over: what was done keeps its date, nothing counts up', async () => {
    await setDay('2026-12-03');
    same(await everywhere('UNIT_REPORT'), 'Đã gửi đúng hạn ngày 25/04/2024 (hạn 03/05/2024)');
    const notice = await everywhere('SCHEDULE_NOTICE');
    for (const label of Object.values(notice)) expect(label).not.toMatch(/Quá hạn \d+/);
  });
});
