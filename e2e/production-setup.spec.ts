import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures.js';
import { PROVINCE, setupResult } from './production-province.js';

// Production on an empty database, as a province installs it: `pnpm kiemtra setup` ran before the API
// started (playwright.config.ts, E2E_MODE=production). The system administrator signs in with the
// temporary password, must change it first, then imports the province's unit register from Excel.
// The journeys run in order on the same database: later ones (accounts, a plan) append here.
test.describe.configure({ mode: 'serial' });

const NEW_PASSWORD = 'Song-Thach-Han-chay-qua-2026';
const HEADERS = [
  'Tên đơn vị',
  'Tên viết tắt',
  'Loại đơn vị',
  'Mã đơn vị hành chính',
  'Mã định danh điện tử',
  'Đơn vị cấp trên',
  'Ngày hiệu lực',
  'Số, ký hiệu văn bản',
  'Ngày ban hành văn bản',
  'Cơ quan ban hành',
];
const basis = ['01/07/2025', '1680/NQ-UBTVQH15', '16/06/2025', 'Ủy ban Thường vụ Quốc hội'];

async function registerFile(wardParent: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục đơn vị');
  sheet.addRow(HEADERS);
  sheet.addRow(['Sở Tư pháp', 'STP', 'Sở', '', '000.00.13.H56', PROVINCE.committee, ...basis]);
  sheet.addRow(['Ủy ban nhân dân phường Đông Hà', '', 'Phường', '19267', '', wardParent, ...basis]);
  sheet.addRow(['Ủy ban nhân dân xã Cam Lộ', '', 'Xã', '19363', '', PROVINCE.committee, ...basis]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a province set up from the CLI: no demo, and the temporary password is changed before anything else', async ({
  page,
}) => {
  const setup = setupResult();
  expect(setup).toMatchObject({ tenantId: PROVINCE.code, username: PROVINCE.admin.username });

  await page.goto('/dang-nhap', { waitUntil: 'networkidle' });
  await expect(page.getByRole('note', { name: 'Bản trình diễn' })).toHaveCount(0);
  // No demo account exists in production.
  await page.getByLabel('Tên đăng nhập').fill('quantri');
  await page.getByLabel('Mật khẩu').fill('kiemtra2024');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();

  await page.getByLabel('Tên đăng nhập').fill(setup.username);
  await page.getByLabel('Mật khẩu').fill(setup.temporaryPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đổi mật khẩu');
  await expect(page.getByRole('status')).toContainText('Bạn đang đăng nhập bằng mật khẩu tạm thời.');
  // Nothing else opens until it is changed.
  await page.goto('/don-vi');
  await expect(page).toHaveURL(/\/doi-mat-khau$/);

  // A password the policy refuses is refused beside its field.
  await page.getByLabel('Mật khẩu hiện tại').fill(setup.temporaryPassword);
  await page.getByLabel(/^Mật khẩu mới/u).fill('password12345');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('password12345');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.locator('#newPassword-error')).toContainText(
    'Mật khẩu này nằm trong danh sách các mật khẩu phổ biến',
  );
  await page.screenshot({ path: 'test-results/production-change-password.png', fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: 'test-results/production-change-password-375.png', fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByLabel('Mật khẩu hiện tại').fill(setup.temporaryPassword);
  await page.getByLabel(/^Mật khẩu mới/u).fill(NEW_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page).toHaveURL(/\/\?mat-khau=da-doi$/);
  await expect(page.getByRole('status')).toHaveText('Đã đổi mật khẩu.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản trị hệ thống');
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(menu.getByRole('link').nth(0)).toHaveText('Trang chủ');
  await expect(menu.getByRole('link').nth(1)).toHaveText('Đơn vị');
});

test('the system administrator imports the unit register from Excel, one bad row fixed', async ({ page }) => {
  await page.goto('/dang-nhap', { waitUntil: 'networkidle' });
  await page.getByLabel('Tên đăng nhập').fill(PROVINCE.admin.username);
  await page.getByLabel('Mật khẩu').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản trị hệ thống');

  await page.getByRole('link', { name: 'Nhập danh mục từ tệp Excel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Nhập danh mục cơ quan, đơn vị từ tệp Excel',
  );
  const upload = async (bytes: Buffer) => {
    await page.getByLabel('Tệp danh mục (.xlsx, tối đa 2 MB)').setInputFiles({
      name: 'danh-muc.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  };

  await upload(await registerFile('Ủy ban nhân dân tỉnh Quảng Bình'));
  const preview = page.getByRole('table', { name: /Xem trước tệp danh-muc.xlsx/u });
  await expect(preview).toContainText('3 dòng, 1 dòng có lỗi');
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText(
    "Dòng 3, cột Đơn vị cấp trên: không tìm thấy đơn vị cấp trên 'Ủy ban nhân dân tỉnh Quảng Bình'",
  );
  await expect(page.getByText('Tệp còn 1 lỗi: chưa lưu đơn vị nào.')).toBeVisible();

  await upload(await registerFile(PROVINCE.committee));
  await expect(page.getByRole('table', { name: /Xem trước tệp danh-muc.xlsx/u })).toContainText(
    '3 dòng, 0 dòng có lỗi',
  );
  await page.getByRole('button', { name: 'Lưu 3 đơn vị vào danh mục' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu 3 đơn vị vào danh mục.');

  await page.goto('/don-vi?asAt=01/08/2025', { waitUntil: 'networkidle' });
  for (const name of [PROVINCE.committee, 'Sở Nội vụ', 'Sở Tư pháp', 'Ủy ban nhân dân phường Đông Hà']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/production-register.png', fullPage: true });
});

/** Creates an account in the portal and returns the temporary password it shows once. */
async function createAccount(
  page: Page,
  a: { fullName: string; username: string; unit: string; role: string; actingUnit?: string },
): Promise<string> {
  await page.goto('/tai-khoan/them', { waitUntil: 'networkidle' });
  await page.getByLabel('Họ và tên').fill(a.fullName);
  await page.getByLabel('Tên đăng nhập').fill(a.username);
  await page.getByLabel('Đơn vị công tác').selectOption({ label: a.unit });
  await page.getByRole('checkbox', { name: a.role, exact: true }).check();
  if (a.actingUnit) await page.getByLabel('Đơn vị đại diện').selectOption({ label: a.actingUnit });
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const password = page.getByTestId('temporary-password');
  await expect(password).toBeVisible();
  return (await password.textContent())?.trim() ?? '';
}

async function signInChanging(page: Page, username: string, temporary: string, fresh: string): Promise<void> {
  await page.goto('/dang-nhap', { waitUntil: 'networkidle' });
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(temporary);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
  await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
  await page.getByLabel(/^Mật khẩu mới/u).fill(fresh);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(fresh);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page).toHaveURL(/\/\?mat-khau=da-doi$/);
}

const WARD = 'Ủy ban nhân dân phường Đông Hà';
const PLAN_ADMIN = { username: 'cchc.snv', fullName: 'Nguyễn Văn Bình' };

test('the system administrator creates a unit officer and a plan administrator; the plan administrator plans the imported units', async ({
  page,
  browser,
}) => {
  await page.goto('/dang-nhap', { waitUntil: 'networkidle' });
  await page.getByLabel('Tên đăng nhập').fill(PROVINCE.admin.username);
  await page.getByLabel('Mật khẩu').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản trị hệ thống');

  const officerPassword = await createAccount(page, {
    fullName: 'Trần Thị Mai',
    username: 'cchc.stp',
    unit: 'Sở Tư pháp',
    role: 'Công chức đầu mối CCHC của đơn vị',
    actingUnit: 'Sở Tư pháp',
  });
  const adminPassword = await createAccount(page, {
    ...PLAN_ADMIN,
    unit: PROVINCE.homeAffairs,
    role: 'Quản trị kế hoạch (Sở Nội vụ)',
  });
  expect(officerPassword.length).toBeGreaterThanOrEqual(12);

  // The unit's officer signs in with the temporary password and must change it first.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signInChanging(officer, 'cchc.stp', officerPassword, 'Hoa-sen-no-ven-ho-2026');
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra tại đơn vị');
  await officerContext.close();

  // The plan administrator makes the 2027 plan of the province and targets an imported ward.
  const plannerContext = await browser.newContext();
  const planner = await plannerContext.newPage();
  await signInChanging(planner, PLAN_ADMIN.username, adminPassword, 'Cau-Hien-Luong-1954-sang');
  await planner.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
  await planner.getByLabel('Tên kế hoạch').fill('Kế hoạch kiểm tra công tác cải cách hành chính năm 2027');
  await planner.getByLabel('Năm kế hoạch').fill('2027');
  await planner.getByLabel('Số quyết định').fill('15/QĐ-UBND');
  await planner.getByLabel('Ngày quyết định').fill('15/01/2027');
  await planner.getByLabel('Từ ngày', { exact: true }).fill('01/03/2027');
  await planner.getByLabel('Đến ngày', { exact: true }).fill('30/09/2027');
  await planner
    .getByLabel('Mục đích', { exact: true })
    .fill('Đánh giá kết quả cải cách hành chính sau sắp xếp');
  await planner.getByLabel('Yêu cầu', { exact: true }).fill('Không chồng chéo với các cuộc kiểm tra khác');
  await planner.getByLabel('Lĩnh vực kiểm tra toàn diện').fill('Công tác chỉ đạo, điều hành');
  await planner.getByLabel('Cấp ban hành kế hoạch').fill('Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị');
  await planner.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).click();
  await expect(planner.getByRole('status')).toContainText('Đã lưu dự thảo kế hoạch');

  await planner
    .getByRole('navigation', { name: 'Các trang của kế hoạch' })
    .getByRole('link', { name: 'Đối tượng kiểm tra' })
    .click();
  const picker = planner.getByLabel(/Cơ quan, đơn vị, địa phương/);
  await picker.selectOption({ label: WARD });
  await planner.getByRole('button', { name: 'Chọn đơn vị' }).click();
  await expect(planner.getByText(`Đơn vị được chọn: ${WARD}`)).toBeVisible();
  await planner.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(planner.getByRole('status')).toHaveText('Đã thêm đối tượng kiểm tra.');
  await expect(planner.getByRole('row', { name: new RegExp(WARD) })).toBeVisible();
  await planner.screenshot({ path: 'test-results/production-plan-targets.png', fullPage: true });
  await plannerContext.close();
});
