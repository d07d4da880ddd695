import { confirmAct } from './confirm.js';
import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';
import { type Caller, callerFor } from './trpc-caller.js';

// Issue 13's journey on today's clock: the 2024 demo plan is history, so the test issues a plan
// with a visit to the commune of Bình Tường on Monday 28/12/2026 (report due 5 working days before).
test.describe.configure({ mode: 'serial' });

const VISIT_DAY = '2026-12-28';
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
let inspectionId = '';
let planId = '';

async function issuePlanWithVisit(admin: Caller, sct: Caller) {
  const today = todayInVietnam();
  // Bình Định's departments closed on 30/06/2025; its communes live on. Ids are read as at 2024.
  const register = await admin.query<{ units: { id: string; code: string | null }[] }>('orgUnits.register', {
    asAt: '2024-12-31',
  });
  const unit = (code: string) => {
    const found = register.units.find((u) => u.code === code);
    if (!found) throw new Error(`no unit ${code}`);
    return found.id;
  };
  const seedPlan = (await admin.query<{ id: string; year: number }[]>('plans.list')).find(
    (p) => p.year === 2024,
  );
  if (!seedPlan) throw new Error('no 2024 plan');
  const rules = (await admin.query<{ deadlineRules: unknown[] }>('plans.forEditing', { planId: seedPlan.id }))
    .deadlineRules;
  const plan = await admin.mutate<{ id: string }>('plans.create', {
    year: 2026,
    title: 'Kế hoạch kiểm tra bổ sung công tác cải cách hành chính cuối năm 2026',
    decision: {
      number: '901/QĐ-UBND',
      date: '2026-12-01',
      signerName: 'Lâm Hải Giang',
      signerTitle: 'KT. CHỦ TỊCH',
    },
    window: { start: '2026-12-01', end: '2026-12-31' },
    purposes: ['Đôn đốc thực hiện nhiệm vụ cải cách hành chính cuối năm'],
    requirements: ['Đúng thời hạn theo kế hoạch'],
    contentAreas: ['Công tác chỉ đạo, điều hành'],
    forms: ['on_site'],
    expectedTargetCount: 1,
    deadlineRules: rules,
    reading: 'A',
    memberAgencies: [{ orgUnitId: unit('so-noi-vu'), isPoliceUnit: false }],
  });
  planId = plan.id;
  await admin.mutate('targets.add', {
    planId,
    orgUnitId: unit('xa-binh-tuong'),
    kind: 'comprehensive',
    group: 'district_comprehensive',
  });
  const people = await admin.query<{ id: string; fullName: string }[]>('teams.people', { planId });
  const leaderPerson = people.find((p) => p.fullName === 'Trần Quốc Bảo');
  if (!leaderPerson) throw new Error('no team leader account');
  const team = await admin.mutate<{ id: string }>('teams.save', {
    planId,
    name: 'Đoàn kiểm tra bổ sung cuối năm 2026',
    kind: 'comprehensive',
    leadAgencyId: unit('so-noi-vu'),
    decision: {
      number: '88/QĐ-SNV',
      date: '2026-12-02',
      signerName: 'Nguyễn Thanh Phong',
      signerOffice: 'director_home_affairs',
    },
    members: [
      { userId: leaderPerson.id, fullName: 'Trần Quốc Bảo', agencyId: unit('so-noi-vu'), role: 'leader' },
    ],
  });
  const editing = await admin.query<{ targets: { id: string }[]; version: number }>('plans.forEditing', {
    planId,
  });
  await admin.mutate('teams.assign', { teamId: team.id, targetIds: editing.targets.map((t) => t.id) });
  const current = await admin.query<{ version: number }>('plans.forEditing', { planId });
  await admin.mutate('plans.publish', { planId, expectedVersion: current.version });
  const visits = await admin.query<{ items: { id: string; version: number }[] }>('inspections.list', {
    planId,
  });
  const visit = visits.items[0];
  if (!visit) throw new Error('no visit');
  inspectionId = visit.id;
  const scheduled = await admin.mutate<{ version: number }>('schedule.set', {
    inspectionId,
    expectedVersion: visit.version,
    dates: [VISIT_DAY],
    form: 'on_site',
  });
  await admin.mutate('schedule.recordNotice', {
    inspectionId,
    expectedVersion: scheduled.version,
    notice: { number: '95/TB-SNV', date: today, recipients: ['UBND xã Bình Tường'] },
  });
  // The unit drafts every item; sending it is the journey's own step, in the portal.
  type View = {
    progress: { missing: { code: string }[] };
    sections: { items: { code: string; answer: { version: number } | null }[] }[];
  };
  const view = await sct.query<View>('reports.get', { inspectionId });
  for (const missing of view.progress.missing) {
    const item = view.sections.flatMap((s) => s.items).find((i) => i.code === missing.code);
    await sct.mutate('reports.saveAnswer', {
      inspectionId,
      itemCode: missing.code,
      narrative: `<p>Kết quả thực hiện mục ${missing.code}.</p>`,
      figures: {},
      expectedVersion: item?.answer?.version ?? 0,
    });
  }
}

const reportRateCell = (page: import('@playwright/test').Page) =>
  page
    .getByRole('table', { name: /Tỷ lệ đúng hạn của từng thời hạn/ })
    .getByRole('row', { name: /^Tất cả/ })
    .getByRole('cell')
    .nth(1);

test('the unit sees its report due, sends it on time, and leadership sees the rate change down to the visit', async ({
  browser,
}) => {
  // A long journey (two people, five pages, two widths of screenshots): on a loaded machine it needs more than 60 s.
  test.setTimeout(150_000);
  await issuePlanWithVisit(await callerFor('admin'), await callerFor('xa.binhtuong'));

  const leadership = await (await browser.newContext()).newPage();
  await signIn(leadership, 'lanhdao');
  await leadership.goto('/');
  await leadership.getByRole('link', { name: /Xem tổng quan/ }).click();
  await leadership.goto('/tong-quan?nam=2026');
  const before = (await reportRateCell(leadership).textContent())?.trim();

  const unit = await (await browser.newContext()).newPage();
  await signIn(unit, 'xa.binhtuong');
  const todo = unit.getByRole('region', { name: 'Việc cần làm' });
  const row = todo.getByRole('row').filter({ hasText: 'Gửi báo cáo phục vụ Đoàn kiểm tra' });
  await expect(row).toContainText('Bình Tường');
  await expect(row).toContainText(/Còn \d+ ngày làm việc/);
  await expect(row).toContainText('21/12/2026');
  await row.getByRole('link', { name: 'Gửi báo cáo phục vụ Đoàn kiểm tra' }).click();
  await expect(unit).toHaveURL(new RegExp(`/bao-cao/${inspectionId}$`));
  await confirmAct(unit, 'Gửi báo cáo', {
    says: 'Sau khi gửi, đơn vị không sửa được báo cáo trừ khi Đoàn kiểm tra mở lại.',
    confirm: 'Gửi báo cáo',
  });
  await expect(unit.getByTestId('report-status')).toHaveText('Đã gửi Đoàn kiểm tra');
  await unit.goto('/');
  await expect(todo.getByRole('row').filter({ hasText: 'Gửi báo cáo phục vụ Đoàn kiểm tra' })).toHaveCount(0);

  await unit.goto(`/cuoc-kiem-tra/${inspectionId}`);
  await expect(unit.locator('.deadline-summary')).toContainText(
    /Đã gửi đúng hạn ngày \d\d\/12\/2026 \(hạn 21\/12\/2026\)/,
  );
  await unit.goto(`/ke-hoach/${planId}`);
  await expect(
    unit.getByText(/Đã gửi đúng hạn ngày \d\d\/12\/2026 \(hạn 21\/12\/2026\)/).first(),
  ).toBeVisible();

  await leadership.goto('/tong-quan?nam=2026');
  const after = reportRateCell(leadership);
  await expect(after).not.toHaveText(before ?? '');
  await expect(after).toContainText('100%');
  await after.getByRole('link', { name: '100%' }).click();
  const drill = leadership.getByRole('region', { name: /Báo cáo phục vụ Đoàn kiểm tra — đúng hạn — Tất cả/ });
  await drill.getByRole('link', { name: /Bình Tường/ }).click();
  await expect(leadership).toHaveURL(new RegExp(`/cuoc-kiem-tra/${inspectionId}$`));

  for (const width of [1366, 375]) {
    await leadership.setViewportSize({ width, height: 900 });
    await leadership.goto('/tong-quan?nam=2026');
    await leadership.waitForSelector('.overview-chart svg');
    await leadership.screenshot({ path: `test-results/tong-quan-${width}.png`, fullPage: true });
    await unit.setViewportSize({ width, height: 900 });
    await unit.goto('/');
    await unit.screenshot({ path: `test-results/trang-chu-don-vi-${width}.png`, fullPage: true });
  }
  await leadership.context().close();
  await unit.context().close();
});
