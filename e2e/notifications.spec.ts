import { expect, test } from './fixtures.js';
import { signIn } from './sign-in.js';
import { type Caller, callerFor } from './trpc-caller.js';

// Issue 15's journey: the unit's officer sees the bell's count rise once the schedule notice is
// sent, and opens the report from the notification. It issues a plan of the current year, so it
// runs after the seed's journeys (playwright.config.ts, CURRENT_YEAR_JOURNEYS).
test.describe.configure({ mode: 'serial' });

const VISIT_DAY = '2026-12-29';
const UNIT = 'Ủy ban nhân dân xã Bình Tường';
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** A plan with one visit to Bình Tường, scheduled but not yet notified; answers the visit's id and version. */
async function scheduledVisit(admin: Caller): Promise<{ id: string; version: number }> {
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
    title: 'Kế hoạch kiểm tra đột xuất công tác cải cách hành chính tháng 12 năm 2026',
    decision: {
      number: '915/QĐ-UBND',
      date: '2026-12-01',
      signerName: 'Lâm Hải Giang',
      signerTitle: 'KT. CHỦ TỊCH',
    },
    window: { start: '2026-12-01', end: '2026-12-31' },
    purposes: ['Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính cuối năm'],
    requirements: ['Đúng thời hạn theo kế hoạch'],
    contentAreas: ['Công tác chỉ đạo, điều hành'],
    forms: ['on_site'],
    expectedTargetCount: 1,
    deadlineRules: rules,
    reading: 'A',
    memberAgencies: [{ orgUnitId: unit('so-noi-vu'), isPoliceUnit: false }],
  });
  await admin.mutate('targets.add', {
    planId: plan.id,
    orgUnitId: unit('xa-binh-tuong'),
    kind: 'comprehensive',
    group: 'district_comprehensive',
  });
  const people = await admin.query<{ id: string; fullName: string }[]>('teams.people', { planId: plan.id });
  const leader = people.find((p) => p.fullName === 'Trần Quốc Bảo');
  if (!leader) throw new Error('no team leader account');
  const team = await admin.mutate<{ id: string }>('teams.save', {
    planId: plan.id,
    name: 'Đoàn kiểm tra đột xuất tháng 12 năm 2026',
    kind: 'comprehensive',
    leadAgencyId: unit('so-noi-vu'),
    decision: {
      number: '91/QĐ-SNV',
      date: '2026-12-02',
      signerName: 'Nguyễn Thanh Phong',
      signerOffice: 'director_home_affairs',
    },
    members: [{ userId: leader.id, fullName: 'Trần Quốc Bảo', agencyId: unit('so-noi-vu'), role: 'leader' }],
  });
  const editing = await admin.query<{ targets: { id: string }[] }>('plans.forEditing', { planId: plan.id });
  await admin.mutate('teams.assign', { teamId: team.id, targetIds: editing.targets.map((t) => t.id) });
  const current = await admin.query<{ version: number }>('plans.forEditing', { planId: plan.id });
  await admin.mutate('plans.publish', { planId: plan.id, expectedVersion: current.version });
  const visit = (
    await admin.query<{ items: { id: string; version: number }[] }>('inspections.list', { planId: plan.id })
  ).items[0];
  if (!visit) throw new Error('no visit');
  return admin.mutate<{ id: string; version: number }>('schedule.set', {
    inspectionId: visit.id,
    expectedVersion: visit.version,
    dates: [VISIT_DAY],
    form: 'on_site',
  });
}

const unreadOf = async (page: import('@playwright/test').Page) => {
  const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  return label.includes('không có') ? 0 : Number(/(\d+) thông báo chưa đọc/.exec(label)?.[1]);
};

test('the unit’s officer sees the bell rise after the schedule notice and opens the report from it', async ({
  browser,
}) => {
  const admin = await callerFor('admin');
  const visit = await scheduledVisit(admin);
  const unit = await (await browser.newContext()).newPage();
  await signIn(unit, 'xa.binhtuong');
  const before = await unreadOf(unit);

  await admin.mutate('schedule.recordNotice', {
    inspectionId: visit.id,
    expectedVersion: visit.version,
    notice: { number: '97/TB-SNV', date: todayInVietnam(), recipients: ['UBND xã Bình Tường'] },
  });
  await unit.reload();
  await expect(unit.getByTestId('notification-bell')).toHaveAttribute(
    'aria-label',
    `Thông báo: ${before + 1} thông báo chưa đọc`,
  );
  await expect(unit.getByTestId('notification-count')).toHaveText(String(before + 1));

  await unit.getByTestId('notification-bell').click();
  await expect(unit.getByRole('heading', { level: 1 })).toHaveText('Thông báo');
  const today = todayInVietnam().split('-').reverse().join('/');
  const day = unit.getByRole('region', { name: `Ngày ${today}` });
  const item = day
    .getByRole('listitem')
    .filter({ hasText: `Đoàn kiểm tra làm việc tại ${UNIT} ngày 29/12/2026` })
    .first();
  await expect(item).toContainText('Chưa đọc');
  await expect(item).toContainText('Đơn vị gửi báo cáo phục vụ Đoàn kiểm tra chậm nhất ngày 22/12/2026.');

  for (const width of [1366, 375]) {
    await unit.setViewportSize({ width, height: 900 });
    await unit.screenshot({ path: `test-results/thong-bao-${width}.png`, fullPage: true });
  }
  await unit.setViewportSize({ width: 1366, height: 900 });

  await item.getByRole('link', { name: 'Thông báo lịch kiểm tra công tác cải cách hành chính' }).click();
  await expect(unit).toHaveURL(new RegExp(`/bao-cao/${visit.id}$`));
  await expect(unit.getByTestId('notification-bell')).toHaveAttribute(
    'aria-label',
    before === 0 ? 'Thông báo: không có thông báo chưa đọc' : `Thông báo: ${before} thông báo chưa đọc`,
  );
  await unit.goto('/thong-bao?chua-doc=1');
  await expect(unit.getByText(`Đoàn kiểm tra làm việc tại ${UNIT} ngày 29/12/2026`)).toHaveCount(0);
  await unit.context().close();
});
