import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection.js';
import { answerEveryMissingItem } from '../testing/report-fixtures.js';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

// The seed visits Sở Công Thương on 09/05/2024, its report due 03/05/2024; today 25/04/2024.
let server: TestServer;
let inspectionId: string;
beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date('2024-04-25T03:00:00Z') } });
  const visit = (await (await server.signedIn('sct')).inspections.list.query()).items.find(
    (i) => i.orgUnitName === 'Sở Công Thương',
  );
  if (!visit) throw new Error('no visit to Sở Công Thương in the seed');
  inspectionId = visit.id;
});
afterAll(async () => server?.close());

describe('the leadership view', () => {
  it('counts the report sent on time in the rate and drills down to that visit', async () => {
    const leadership = await server.signedIn('lanhdao');
    const before = await leadership.overview.get.query({ year: 2024 });
    expect(before.year).toBe(2024);
    expect(before.rates.total.UNIT_REPORT.ids.onTime).not.toContain(inspectionId);
    const sct = await server.signedIn('sct');
    const view = await answerEveryMissingItem(sct, inspectionId);
    await sct.reports.submit.mutate({ inspectionId, expectedVersion: view.report.version });
    const after = await leadership.overview.get.query({ year: 2024 });
    expect(after.rates.total.UNIT_REPORT.onTime).toBe(before.rates.total.UNIT_REPORT.onTime + 1);
    expect(after.rates.total.UNIT_REPORT.ids.onTime).toContain(inspectionId);
    const row = after.rates.rows.find((r) => r.label === 'Sở Công Thương');
    expect(row?.cells.UNIT_REPORT).toMatchObject({ onTime: 1, rateLabel: '100%' });
    expect(after.inspections.find((i) => i.id === inspectionId)?.orgUnitName).toBe('Sở Công Thương');
  });

  it('groups per team or group of units, lists the seven areas, and counts progress', async () => {
    const admin = await server.signedIn('admin');
    const byGroup = await admin.overview.get.query({ year: 2024, by: 'group' });
    expect(byGroup.rates.rows.map((r) => r.label)).toContain('Khối cơ quan thuộc tỉnh');
    expect(byGroup.findings.slice(0, 7).map((f) => f.area)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
    ]);
    expect(byGroup.progress.planned).toBe(byGroup.inspections.filter((i) => i.status !== 'cancelled').length);
    const plan = byGroup.plans[0];
    if (!plan) throw new Error('no 2024 plan');
    const ofPlan = await admin.overview.get.query({ planId: plan.id });
    expect(ofPlan.planId).toBe(plan.id);
  });

  it('names who answers for the shortcomings, and rolls each plan up with its expected and actual targets', async () => {
    const tenant = await server.database.db
      .selectFrom('inspections')
      .select('tenant_id')
      .where('id', '=', inspectionId)
      .executeTakeFirstOrThrow();
    await server.database.db
      .insertInto('findings')
      .values({
        tenant_id: tenant.tenant_id,
        inspection_id: inspectionId,
        area: 'A3',
        kind: 'shortcoming',
        severity: null,
        description: 'Chưa công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa',
        responsibilities: JSON.stringify([
          { holderKind: 'collective', holder: 'Văn phòng Sở Công Thương', description: '' },
          { holderKind: 'individual', holder: 'Ông Lê Văn Minh, Chánh Văn phòng', description: '' },
        ]),
        sort_order: 99,
      })
      .execute();
    const o = await (await server.signedIn('lanhdao')).overview.get.query({ year: 2024, by: 'plan' });
    const a3 = o.responsibilities.find((r) => r.area === 'A3');
    expect(a3).toMatchObject({ collective: 1, individual: 1 });
    expect(a3?.holders.map((h) => [h.holder, h.holderKindLabel, h.unitName, h.inspectionIds])).toEqual([
      ['Ông Lê Văn Minh, Chánh Văn phòng', 'Cá nhân', 'Sở Công Thương', [inspectionId]],
      ['Văn phòng Sở Công Thương', 'Tập thể', 'Sở Công Thương', [inspectionId]],
    ]);
    const province = o.rollup.find((r) => r.levelLabel === 'Kế hoạch của tỉnh');
    expect(province?.targets.expected).toBe(22);
    expect(province?.targets.actual).toBeGreaterThan(0);
    expect(province?.progress.planned).toBe(o.progress.planned);
    expect(province?.shortcomings.inspectionIds).toContain(inspectionId);
    expect(o.rates.rows.map((r) => r.label)).toEqual(
      o.rollup.map((r) => r.levelLabel).toSorted((x, y) => x.localeCompare(y, 'vi')),
    );
  });

  it('exports what it shows as an Excel workbook with the same numbers', async () => {
    const shown = await (await server.signedIn('lanhdao')).overview.get.query({ year: 2024 });
    const response = await fetch(`${server.url}/documents/overview/2024/unit.xlsx`, {
      headers: { cookie: await sessionCookie(server.url, 'lanhdao') },
    });
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const rates = book.getWorksheet('Tỷ lệ đúng hạn');
    expect(rates?.getRow(2).getCell(1).value).toBe('Tất cả');
    const total = shown.rates.total.UNIT_REPORT;
    expect(rates?.getRow(2).getCell(3).value).toBe(
      `${total.rateLabel} (${total.onTime}/${total.onTime + total.late + total.missed})`,
    );
    expect(book.getWorksheet('Hạn chế, vi phạm')?.rowCount).toBe(shown.findings.length + 1);
    const refused = await fetch(`${server.url}/documents/overview/2024/unit.xlsx`, {
      headers: { cookie: await sessionCookie(server.url, 'sct') },
    });
    expect(refused.status).toBe(403);
  });

  it('is refused to the inspected unit, with a message beside a bad year', async () => {
    const denied = await rejection((await server.signedIn('sct')).overview.get.query({ year: 2024 }));
    expect(denied.data?.httpStatus).toBe(403);
    const bad = await rejection((await server.signedIn('lanhdao')).overview.get.query({ year: 1800 }));
    expect(bad.data?.httpStatus).toBe(400);
    expect(bad.message).toContain('Năm phải từ 2000 đến 2100.');
  });
});
